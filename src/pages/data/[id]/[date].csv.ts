import type { APIRoute, GetStaticPaths } from 'astro';
import { toCanonicalCsv } from '../../../lib/data/export.ts';
import { snapshotsOf } from '../../../lib/data/indicator-entry.ts';
import { getIndicators } from '../../../lib/data/queries.ts';
import type { Snapshot } from '../../../lib/data/types.ts';

/** Each snapshot as published: the canonical CSV, byte for byte the file in data/indicators/. */
export const getStaticPaths = (async () =>
  (await getIndicators()).flatMap((entry) =>
    snapshotsOf(entry.data).map((snapshot) => ({ params: { id: entry.id, date: snapshot.date }, props: { snapshot } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ snapshot: Snapshot }> = ({ props }) =>
  new Response(toCanonicalCsv(props.snapshot.observations), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
