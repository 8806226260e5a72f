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
