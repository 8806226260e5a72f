/** The overview of every year of the archive. */
export const YEARS_PATH = '/aar/';

/** The goals. */
export const GOALS_PATH = '/maal/';

/** The comparisons of two years. */
export const COMPARE_PATH = '/sammenlign/';

/** A year's page: `/2018/`, or a place on it: `/2018/#brevet`. */
export function yearPath(year: number, fragment?: string): string {
  return fragment === undefined ? `/${year}/` : `/${year}/#${fragment}`;
}

/** The anchor of the letter itself on a year's page. */
export const LETTER_FRAGMENT = 'brevet';

/** The anchor of a page's change history ("Sidens historik"). */
export const PAGE_HISTORY_FRAGMENT = 'sidens-historik';

/** The id a letter's block gets on the letter page, for links to a paragraph: `afsnit-7`. */
export function blockId(index: number): string {
  return `afsnit-${index}`;
}

/** A paragraph of a year's letter: `/2018/#afsnit-7`. */
export function letterBlockPath(year: number, index: number): string {
  return yearPath(year, blockId(index));
}

/** One goal in a year with a letter on the site: `/2023/maal/opkvalificering/`. */
export function yearGoalPath(year: number, goalId: string): string {
  return `/${year}/maal/${goalId}/`;
}

/** A goal across the years: `/maal/opkvalificering/`. */
export function goalPath(goalId: string): string {
  return `${GOALS_PATH}${goalId}/`;
}

/** Two years compared, the earlier first: `/sammenlign/2023-2024/`. */
export function comparePath(from: number, to: number): string {
  return `${COMPARE_PATH}${from}-${to}/`;
}

/** The block number in a paragraph id made by blockId(): `afsnit-7` → 7; undefined for other ids. */
export function blockIndexOf(id: string): number | undefined {
  const match = /^afsnit-(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** A pair's page reached with the later year first, which redirects to comparePath(): `/sammenlign/2024-2023/`. */
export function reversedComparePath(from: number, to: number): string {
  return `${COMPARE_PATH}${to}-${from}/`;
}

/** Whether a path is a comparison with the later year first, a redirect and no page of its own. */
export function isReversedComparePath(path: string): boolean {
  const match = /^\/sammenlign\/(\d{4})-(\d{4})\/$/.exec(path);
  return match !== null && Number(match[1]) > Number(match[2]);
}

/** The names of the fields of the form on /sammenlign/ that picks two years. */
export const COMPARE_FORM_FIELDS = { from: 'fra', to: 'til' } as const;

/**
 * Where the form on /sammenlign/ leads: `?fra=2023&til=2019` → `/sammenlign/2019-2023/`, one year
 * twice → that year's page; undefined when the query does not name two years. The host applies
 * it (functions/sammenlign/index.ts), and so does scripts/serve.ts.
 */
export function pickedComparePath(query: URLSearchParams): string | undefined {
  const [from, to] = [query.get(COMPARE_FORM_FIELDS.from), query.get(COMPARE_FORM_FIELDS.to)].map((value) =>
    value !== null && /^\d{4}$/.test(value) ? Number(value) : undefined,
  );
  if (from === undefined || to === undefined) return undefined;
  return from === to ? yearPath(from) : comparePath(Math.min(from, to), Math.max(from, to));
}

/** The goals of every year as CSV, one row per goal per year. */
export const GOALS_CSV_PATH = '/data/maal.csv';

/** The same rows for Danish Excel (semicolons, BOM). */
export const GOALS_EXCEL_CSV_PATH = '/data/maal-excel.csv';

/** The same rows as JSON. */
export const GOALS_JSON_PATH = '/data/maal.json';

/** A letter's text as a plain-text file: `/data/breve/2024.txt`. */
export function letterTextPath(year: number): string {
  return `/data/breve/${year}.txt`;
}
