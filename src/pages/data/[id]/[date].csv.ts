import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshotBytes } from '../../../lib/data/snapshot-reader.ts';
import { snapshotRoutes, type SnapshotRouteProps } from '../../../lib/data/queries.ts';

/** Each snapshot as published: the bytes of the file in data/indicators/ that the build checked by sha256. */
export const getStaticPaths = snapshotRoutes satisfies GetStaticPaths;

export const GET: APIRoute<SnapshotRouteProps> = async ({ props }) =>
  new Response(await snapshotBytes(props.stored), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
