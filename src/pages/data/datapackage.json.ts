import type { APIRoute } from 'astro';
import { toDataPackage } from '../../lib/data/export.ts';
import { getIndicators } from '../../lib/data/queries.ts';

/** A Frictionless Data Package describing every snapshot CSV under /data/. */
export const GET: APIRoute = async () => {
  const indicators = (await getIndicators()).map((entry) => ({
    meta: entry.data.meta,
    snapshots: entry.data.snapshots,
  }));
  return new Response(JSON.stringify(toDataPackage(indicators), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
