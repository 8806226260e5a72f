/**
 * The public URLs of years, goals and comparisons. Each is a promise to whoever links to it
 * (tests/published-urls.txt), so every route and link builds them here.
 */

/** A year's page: `/2018/`. */
export function yearPath(year: number, fragment?: string): string {
  return fragment === undefined ? `/${year}/` : `/${year}/#${fragment}`;
}

/** One goal in a year with a letter on the site: `/2023/maal/opkvalificering/`. */
export function yearGoalPath(year: number, goalId: string): string {
  return `/${year}/maal/${goalId}/`;
}

/** A goal across the years: `/maal/opkvalificering/`. */
export function goalPath(goalId: string): string {
  return `/maal/${goalId}/`;
}

/** The overview of every year of the archive. */
export const YEARS_PATH = '/aar/';

/** The goals. */
export const GOALS_PATH = '/maal/';

/** The comparisons of two years. */
export const COMPARE_PATH = '/sammenlign/';

/** Two years compared, the earlier first: `/sammenlign/2023-2024/`. */
export function comparePath(from: number, to: number): string {
  return `${COMPARE_PATH}${from}-${to}/`;
}

/**
 * A page's preview image (og:image), named after the page: `/kommuner/aarhus/` →
 * `/og/kommuner/aarhus.png`. The build writes each as SVG and renders it to PNG.
 */
export function ogImagePath(pagePath: string, extension: 'png' | 'svg' = 'png'): string {
  return `/og/${pagePath.replace(/^\/|\/$/g, '')}.${extension}`;
}
