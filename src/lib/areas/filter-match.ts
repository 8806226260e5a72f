import { foldDanish } from '../slug.ts';

/**
 * Whether a filter query picks a municipality: some word of one of its names (or its code)
 * begins with the query. Word starts, not any substring, so "aar" finds Aarhus and not
 * Lyngby-Taarbæk. An empty query picks every municipality.
 */
export function matchesFilter(query: string, names: readonly string[]): boolean {
  const folded = foldDanish(query).trim();
  if (folded === '') return true;
  return names.some((name) => {
    const whole = foldDanish(name).trim();
    return whole.startsWith(folded) || whole.split(/[\s-]+/).some((word) => word.startsWith(folded));
  });
}
