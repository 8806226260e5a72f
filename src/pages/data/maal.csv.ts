import type { APIRoute } from 'astro';
import { getGoalRows } from '../../lib/content/queries.ts';
import { goalsCsv } from '../../lib/years/goals-dataset.ts';

/** Every goal of every year, one row each, as the year pages show them. */
export const GET: APIRoute = async ({ site }) =>
  new Response(goalsCsv(await getGoalRows(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
