/**
 * Every public URL of the site. Each is a promise to whoever links to it
 * (tests/published-urls.txt), so every route, link, feed item and test builds them here.
 */
export * from './paths/areas.ts';
export * from './paths/charts.ts';
export * from './paths/indicators.ts';
export * from './paths/site.ts';
export * from './paths/years.ts';
