/** Two goals years to compare, the earlier first. */
export interface YearPair {
  from: number;
  to: number;
}

/** Every pair of the given years, earlier year first, in order of the earlier then the later year. */
export function yearPairs(years: readonly number[]): YearPair[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.flatMap((from, i) => sorted.slice(i + 1).map((to) => ({ from, to })));
}

/** The URL segment of a pair: "2023-2024". */
export function pairSlug({ from, to }: YearPair): string {
  return `${from}-${to}`;
}
