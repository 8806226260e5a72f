import type { APIRoute } from 'astro';
import { getGoalRows } from '../../lib/content/queries.ts';
import { goalsExcelCsv } from '../../lib/years/goals-dataset.ts';

/** The goals dataset for Danish Excel: Danish headers, semicolons, BOM. */
export const GET: APIRoute = async ({ site }) =>
  new Response(goalsExcelCsv(await getGoalRows(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
