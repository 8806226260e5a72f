import type { APIRoute, GetStaticPaths } from 'astro';
import { toDanishCsv } from '../../../lib/data/export.ts';
import { sourceLineOf } from '../../../lib/data/source-line.ts';
import { snapshotOf } from '../../../lib/data/snapshot-reader.ts';
import { getAreaNames, snapshotRoutes, type SnapshotRouteProps } from '../../../lib/data/queries.ts';

/** Each snapshot for Danish Excel: semicolons, decimal commas, BOM, and the sample note on every row. */
export const getStaticPaths = snapshotRoutes satisfies GetStaticPaths;

export const GET: APIRoute<SnapshotRouteProps> = async ({ props }) => {
  const { meta } = props.entry;
  const { observations } = await snapshotOf(props.entry, props.stored);
  return new Response(
    toDanishCsv(observations, {
      note: meta.sample ? sourceLineOf(meta).text : undefined,
      unit: meta.unit,
      areaNames: await getAreaNames(),
    }),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
