/**
 * The kind of page a URL path is: years become :year, the segment after a
 * year stays literal (/:year/maal/:slug/), other deeper segments become :slug.
 */
export function pageType(urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  const isYear = (segment: string | undefined): boolean => /^\d{4}$/.test(segment ?? '');
  const generic = segments.map((segment, index) => {
    if (isYear(segment)) return ':year';
    if (index === 0 || isYear(segments[index - 1])) return segment;
    return ':slug';
  });
  return `/${generic.join('/')}${urlPath.endsWith('/') && segments.length > 0 ? '/' : ''}`;
}

/** One URL per page type (the first in sort order), for the slower per-type checks. */
export function onePerType(urlPaths: readonly string[]): string[] {
  const byType = new Map<string, string>();
  for (const path of [...urlPaths].sort()) if (!byType.has(pageType(path))) byType.set(pageType(path), path);
  return [...byType.values()];
}
