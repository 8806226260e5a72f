import type { APIRoute } from 'astro';
import { toDataPackage } from '../../lib/data/export.ts';
import { getIndicators } from '../../lib/data/queries.ts';
import { getLetters } from '../../lib/content/queries.ts';
import {
  GOALS_CSV_PATH,
  GOALS_EXCEL_CSV_PATH,
  GOALS_JSON_PATH,
  YEARS_PATH,
  letterTextPath,
  relativeToDataPackage,
  yearPath,
} from '../../lib/paths.ts';
import { goalsResources } from '../../lib/years/goals-dataset.ts';

/** A Frictionless Data Package describing the goals dataset, the letters and every snapshot CSV under /data/. */
export const GET: APIRoute = async ({ site }) => {
  const indicators = (await getIndicators()).map((entry) => ({
    meta: entry.data.meta,
    snapshots: entry.data.snapshots,
  }));
  const absolute = (path: string): string => new URL(path, site).href;
  const goals = goalsResources({
    csv: relativeToDataPackage(GOALS_CSV_PATH),
    excelCsv: relativeToDataPackage(GOALS_EXCEL_CSV_PATH),
    json: relativeToDataPackage(GOALS_JSON_PATH),
    yearsPage: absolute(YEARS_PATH),
    letters: (await getLetters()).map(({ data }) => ({
      year: data.year,
      title: data.title,
      path: relativeToDataPackage(letterTextPath(data.year)),
      page: absolute(yearPath(data.year)),
    })),
  });
  return new Response(JSON.stringify(toDataPackage(indicators, undefined, goals), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
