import type { APIRoute, GetStaticPaths } from 'astro';
import { toIndicatorJson } from '../../lib/data/export.ts';
import { snapshotsOf } from '../../lib/data/snapshot-reader.ts';
import { getIndicators, type IndicatorEntry } from '../../lib/data/queries.ts';

/** One indicator with its definition, licence and every snapshot. */
export const getStaticPaths = (async () =>
  (await getIndicators()).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: IndicatorEntry }> = async ({ props }) =>
  new Response(JSON.stringify(toIndicatorJson(props.entry.data.meta, await snapshotsOf(props.entry.data))), {
    headers: { 'Content-Type': 'application/json' },
  });
