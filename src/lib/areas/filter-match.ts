import { foldDanish } from '../slug.ts';

/** Lower case, æ/ø/å spelt out and accents dropped, so "Århus" and "aarhus" read alike. */
export function foldName(text: string): string {
  return foldDanish(text).trim();
}

/**
 * Whether a filter query picks a municipality: some word of one of its names (or its code)
 * begins with the query. Word starts, not any substring, so "aar" finds Aarhus and not
 * Lyngby-Taarbæk. An empty query picks every municipality.
 */
export function matchesFilter(query: string, names: readonly string[]): boolean {
  const folded = foldName(query);
  if (folded === '') return true;
  return names.some((name) => {
    const whole = foldName(name);
    return whole.startsWith(folded) || whole.split(/[\s-]+/).some((word) => word.startsWith(folded));
  });
}
