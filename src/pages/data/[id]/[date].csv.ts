import type { APIRoute, GetStaticPaths } from 'astro';
import { toCanonicalCsv } from '../../../lib/data/export.ts';
import type { IndicatorEntryData, StoredSnapshot } from '../../../lib/data/indicator-entry.ts';
import { snapshotOf } from '../../../lib/data/snapshot-reader.ts';
import { getIndicators } from '../../../lib/data/queries.ts';

interface Props {
  entry: IndicatorEntryData;
  stored: StoredSnapshot;
}

/** Each snapshot as published: the canonical CSV, byte for byte the file in data/indicators/. */
export const getStaticPaths = (async () =>
  (await getIndicators()).flatMap(({ id, data }) =>
    data.snapshots.map((stored) => ({ params: { id, date: stored.date }, props: { entry: data, stored } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(toCanonicalCsv((await snapshotOf(props.entry, props.stored)).observations), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
