import type { APIRoute } from 'astro';
import { getGoalRows } from '../../lib/content/queries.ts';
import { goalsJson } from '../../lib/years/goals-dataset.ts';

/** The goals dataset as JSON, with the same fields as /data/maal.csv. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(goalsJson(await getGoalRows(site)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
