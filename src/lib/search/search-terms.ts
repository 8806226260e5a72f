import { goalToken } from './goal-token.ts';

/**
 * Words a page should be found by that its visible text does not hold, or holds too weakly:
 * a goal's number in a year ("mål 3"), the year a page belongs to, a municipality's former
 * names and code. <SearchTerms> renders them hidden from readers; Pagefind indexes them at
 * the weight given here, so the weights decide which page a query like "mål 3" lists first.
 */
export interface SearchTerm {
  /** The words, space-separated, as Pagefind indexes them. */
  text: string;
  /** Pagefind weight (0–10; body text is 1). */
  weight: number;
}

/** A goal's number in one year: goal 3 of 2019. */
export interface GoalNumber {
  number: number;
  year: number;
}

/** On a year's page: the year is the page's subject. */
const YEAR_PAGE_WEIGHT = 8;
/** On a page of one goal in one year: the year it belongs to. */
const YEAR_OF_GOAL_WEIGHT = 4;
/** On a year's page: each goal it lists. */
const LISTED_GOAL_WEIGHT = 1;
/** On a municipality's or region's page for one goal. Area pages weigh half (search-types.ts). */
const AREA_GOAL_WEIGHT = 0.5;
/** A municipality's former names and code: its main page first, its goal pages next. */
const AREA_NAME_WEIGHT = { main: 1.6, goal: 1.5 } as const;

/**
 * The weight of a goal number on a page about that goal: later years weigh a little more, so
 * "mål 3" lists the latest year's goal 3 first and earlier years' goal 3 after it. One tenth
 * per year stays above Pagefind's weight resolution (1/24).
 */
export function goalNumberWeight(year: number): number {
  return Math.min(8, Math.max(1, 2 + (year - 2000) / 10));
}

/** The terms of goal `number` in `year` on a page about that goal: "mål3", weighted by the year. */
export function goalNumberTerms({ number, year }: GoalNumber): SearchTerm[] {
  return [{ text: goalToken(number), weight: goalNumberWeight(year) }];
}

/** A page of one goal in one year (/2023/maal/<slug>/): its number and its year. */
export function goalInYearTerms(goal: GoalNumber): SearchTerm[] {
  return [...goalNumberTerms(goal), { text: String(goal.year), weight: YEAR_OF_GOAL_WEIGHT }];
}

/** A year's page (/2023/): the year, and each of its goals' numbers at a listing's weight. */
export function yearPageTerms(year: number, goalNumbers: readonly (number | null)[]): SearchTerm[] {
  const numbers = [...new Set(goalNumbers.filter((number) => number !== null))];
  return [
    { text: String(year), weight: YEAR_PAGE_WEIGHT },
    ...numbers.map((number) => ({ text: goalToken(number), weight: LISTED_GOAL_WEIGHT })),
  ];
}

/**
 * A goal across the years (/maal/<slug>/): each number it had, weighted by the latest year it
 * had it; years without a known number are skipped. Its years are not terms: the page is about
 * no single year.
 */
export function goalPageTerms(years: readonly { number: number | null; year: number }[]): SearchTerm[] {
  const latest = new Map<number, number>();
  for (const { number, year } of years) {
    if (number !== null) latest.set(number, Math.max(year, latest.get(number) ?? year));
  }
  return [...latest].flatMap(([number, year]) => goalNumberTerms({ number, year }));
}

/** A municipality's or region's page: its other names and code; on a goal's page, the goal's number. */
export function areaPageTerms(
  area: { code: string; aliases: readonly string[] },
  goal?: number,
): SearchTerm[] {
  const names = [...area.aliases, area.code].join(' ');
  if (goal === undefined) return [{ text: names, weight: AREA_NAME_WEIGHT.main }];
  return [
    { text: names, weight: AREA_NAME_WEIGHT.goal },
    { text: goalToken(goal), weight: AREA_GOAL_WEIGHT },
  ];
}

/** Terms of the same weight joined, heaviest first: one hidden element per weight. */
export function termsByWeight(terms: readonly SearchTerm[]): SearchTerm[] {
  const byWeight = new Map<number, string[]>();
  for (const { text, weight } of terms) {
    if (text.trim()) byWeight.set(weight, [...(byWeight.get(weight) ?? []), text.trim()]);
  }
  return [...byWeight]
    .sort(([a], [b]) => b - a)
    .map(([weight, texts]) => ({ text: [...new Set(texts)].join(' '), weight }));
}
