/** The query parameter that keeps the compared municipalities: `?sammenlign=751,101`. */
export const COMPARE_PARAM = 'sammenlign';

/** Most municipalities a chart compares with besides its own. */
export const MAX_COMPARED = 4;

/**
 * The compared municipalities named in a page URL: known codes only, each once, the page's
 * own area left out, at most MAX_COMPARED, in the order given.
 */
export function comparedFromUrl(href: string, known: readonly string[], own: string): string[] {
  const value = new URL(href).searchParams.get(COMPARE_PARAM) ?? '';
  const codes: string[] = [];
  for (const code of value.split(',').map((part) => part.trim())) {
    if (code !== own && known.includes(code) && !codes.includes(code)) codes.push(code);
  }
  return codes.slice(0, MAX_COMPARED);
}

/** The page URL with the compared codes in the query, or without the parameter when none; path and hash kept. */
export function urlWithCompared(href: string, codes: readonly string[]): string {
  const url = new URL(href);
  if (codes.length === 0) url.searchParams.delete(COMPARE_PARAM);
  else url.searchParams.set(COMPARE_PARAM, codes.join(','));
  // URLSearchParams writes the comma as %2C; the plain comma is valid in a query and reads better.
  return `${url.pathname}${url.search.replaceAll('%2C', ',')}${url.hash}`;
}
