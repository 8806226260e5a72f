import type { APIRoute, GetStaticPaths } from 'astro';
import { toDanishCsv } from '../../../lib/data/export.ts';
import type { IndicatorMeta } from '../../../lib/data/indicator-meta.ts';
import { snapshotsOf } from '../../../lib/data/indicator-entry.ts';
import { getIndicators } from '../../../lib/data/queries.ts';
import type { Snapshot } from '../../../lib/data/types.ts';

/** Each snapshot for Danish Excel: semicolons, decimal commas, BOM, and the sample note on every row. */
export const getStaticPaths = (async () =>
  (await getIndicators()).flatMap((entry) =>
    snapshotsOf(entry.data).map((snapshot) => ({
      params: { id: entry.id, date: snapshot.date },
      props: { meta: entry.data.meta, snapshot },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ meta: IndicatorMeta; snapshot: Snapshot }> = ({ props }) =>
  new Response(toDanishCsv(props.snapshot.observations, { sample: props.meta.sample, unit: props.meta.unit }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
