import type { APIRoute, GetStaticPaths } from 'astro';
import { toCanonicalCsv } from '../../../lib/data/export.ts';
import { snapshotOf } from '../../../lib/data/snapshot-reader.ts';
import { snapshotRoutes, type SnapshotRouteProps } from '../../../lib/data/queries.ts';

/** Each snapshot as published: the canonical CSV, byte for byte the file in data/indicators/. */
export const getStaticPaths = snapshotRoutes satisfies GetStaticPaths;

export const GET: APIRoute<SnapshotRouteProps> = async ({ props }) =>
  new Response(toCanonicalCsv((await snapshotOf(props.entry, props.stored)).observations), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
