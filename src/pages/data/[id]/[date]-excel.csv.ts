import type { APIRoute, GetStaticPaths } from 'astro';
import { toDanishCsv } from '../../../lib/data/export.ts';
import type { IndicatorEntryData, StoredSnapshot } from '../../../lib/data/indicator-entry.ts';
import { snapshotOf } from '../../../lib/data/snapshot-reader.ts';
import { getIndicators } from '../../../lib/data/queries.ts';

interface Props {
  entry: IndicatorEntryData;
  stored: StoredSnapshot;
}

/** Each snapshot for Danish Excel: semicolons, decimal commas, BOM, and the sample note on every row. */
export const getStaticPaths = (async () =>
  (await getIndicators()).flatMap(({ id, data }) =>
    data.snapshots.map((stored) => ({ params: { id, date: stored.date }, props: { entry: data, stored } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { meta } = props.entry;
  const { observations } = await snapshotOf(props.entry, props.stored);
  return new Response(toDanishCsv(observations, { sample: meta.sample, unit: meta.unit }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
