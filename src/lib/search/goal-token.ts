/**
 * A goal's number as one searchable word. Pagefind reads "mål 3" as the words "mål" and "3",
 * which stand on nearly every page; "mål3" stands only where a page carries it as a search term
 * (search-terms.ts), and the search page rewrites what readers type to it.
 */
export function goalToken(number: number): string {
  return `mål${number}`;
}

// "mål 3", "Mål 3", "mål3", "maal 3", "mal 3", "mål nr. 3", "mål nummer 3", "målnummer 3".
const GOAL_NUMBER =
  /(?<![\p{L}\p{N}])(?:mål|maal|mal)(?:\s*(?:nr\.?|nummer))?\s*(\d{1,2})(?![\p{L}\p{N}])/giu;

/** Rewrites each goal number in a query to its search word: "maal 3 2019" → "mål3 2019". */
export function withGoalTokens(query: string): string {
  return query.replace(GOAL_NUMBER, (_match, number: string) => goalToken(Number(number)));
}

const TOKEN_IN_EXCERPT = /(?:<mark>)?mål\d+(?:<\/mark>)?\s*/gu;

/** Removes goal-number words from an excerpt: they are search terms, not the page's text. */
export function withoutGoalTokens(excerpt: string): string {
  return excerpt.replace(TOKEN_IN_EXCERPT, '');
}

/** Writes each goal number in a query the one way readers see it: "maal nr. 3" → "mål 3". */
export function withGoalNumbersSpelt(query: string): string {
  return query.replace(GOAL_NUMBER, (_match, number: string) => `mål ${Number(number)}`);
}
