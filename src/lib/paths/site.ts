import { isEmbedPath } from './indicators.ts';
import { isReversedComparePath } from './years.ts';

/** The front page. */
export const HOME_PATH = '/';

/** About the site and its sources. */
export const ABOUT_PATH = '/om/';

/** What the site's sample data is, why there is no real data, and how real data gets in. */
export const SAMPLE_DATA_PATH = '/om/eksempeldata/';

/** The history of the goals and their abolition. */
export const HISTORY_PATH = '/historie/';

/** The accessibility statement (tilgængelighedserklæring). */
export const ACCESSIBILITY_PATH = '/tilgaengelighed/';

/** What the site stores, sets and sends about its readers: nothing beyond the pages asked for. */
export const PRIVACY_PATH = '/privatliv/';

/** The security contact (RFC 9116), written by the build only when a contact is configured. */
export const SECURITY_TXT_PATH = '/.well-known/security.txt';

/** The search page, which also answers the forms' `?q=` without JavaScript. */
export const SEARCH_PATH = '/soeg/';

/** The RSS feed of new letters, years and snapshots. */
export const FEED_PATH = '/feed.xml';

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The page a static host serves for an unknown path. */
export const NOT_FOUND_PATH = '/404.html';

/**
 * A page's preview image (og:image), named after the page: `/kommuner/aarhus/` →
 * `/og/kommuner/aarhus.png`. The build writes each as SVG and renders it to PNG.
 */
export function ogImagePath(pagePath: string, extension: 'png' | 'svg' = 'png'): string {
  return `/og/${pagePath.replace(/^\/|\/$/g, '')}.${extension}`;
}

/** The built file that serves a path, relative to the output folder: `/soeg/` → `soeg/index.html`. */
export function builtFile(path: string): string {
  const file = path.replace(/^\//, '');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** Whether a path is the 404 page, which a static host serves at any missing address. */
export function isNotFoundPath(path: string): boolean {
  return /^\/404(?:\.html|\/)?$/.test(path);
}

/** Whether the sitemap lists a page: not the embeds (fragments for iframes), the 404 page nor redirects. */
export function inSitemap(path: string): boolean {
  return !isEmbedPath(path) && !isNotFoundPath(path) && !isReversedComparePath(path);
}
