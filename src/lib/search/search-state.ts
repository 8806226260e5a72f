import { SEARCH_KEYS } from './search-types.ts';

export const SEARCH_SORTS = ['relevans', 'nyeste', 'aeldste'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What the search page shows, as its URL says it: /soeg/?q=flygtninge&aar=2023. */
export interface SearchState {
  /** The words typed, trimmed; empty lists by filter alone. */
  query: string;
  /** A letter year ("2023"), or empty for all years. */
  year: string;
  /** A type filter value ("brev"), or empty for all types. */
  type: string;
  /** A goal slug ("opkvalificering"), or empty for all goals. */
  goal: string;
  sort: SearchSort;
}

/** The filter values the page offers; anything else in a URL is dropped. */
export interface SearchChoices {
  years: readonly string[];
  types: readonly string[];
  goals: readonly string[];
}

/** URL parameter names, in the order they are written. */
const PARAMS = { query: 'q', year: 'aar', type: 'type', goal: 'maal', sort: 'sortering' } as const;

const pick = (value: string | null, allowed: readonly string[]): string =>
  value !== null && allowed.includes(value) ? value : '';

export function readSearchState(params: URLSearchParams, choices: SearchChoices): SearchState {
  const sort = pick(params.get(PARAMS.sort), SEARCH_SORTS);
  return {
    query: (params.get(PARAMS.query) ?? '').trim().replace(/\s+/g, ' '),
    year: pick(params.get(PARAMS.year), choices.years),
    type: pick(params.get(PARAMS.type), choices.types),
    goal: pick(params.get(PARAMS.goal), choices.goals),
    sort: sort === '' ? 'relevans' : (sort as SearchSort),
  };
}

/** The query string for a state ("?q=flygtninge&aar=2023"), leaving out what is empty or default. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAMS.query, state.query);
  if (state.year) params.set(PARAMS.year, state.year);
  if (state.type) params.set(PARAMS.type, state.type);
  if (state.goal) params.set(PARAMS.goal, state.goal);
  if (state.sort !== 'relevans') params.set(PARAMS.sort, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when a filter or a sort order other than the default is chosen: the page shows its filters open. */
export function hasFilterOrSort(state: SearchState): boolean {
  return Boolean(state.year || state.type || state.goal) || state.sort !== 'relevans';
}

/** True when there is nothing to search for: no words and no filter. */
export function isBlankSearch(state: SearchState): boolean {
  return !state.query && !state.year && !state.type && !state.goal;
}

export interface PagefindQuery {
  /** The search term; null lists pages by filter alone. */
  term: string | null;
  options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
}

/** The Pagefind search call for a state; goal filters are stored by title, so slugs are looked up. */
export function pagefindQuery(state: SearchState, goalTitles: ReadonlyMap<string, string>): PagefindQuery {
  const filters: Record<string, string> = {};
  if (state.year) filters[SEARCH_KEYS.year] = state.year;
  if (state.type) filters[SEARCH_KEYS.type] = state.type;
  const goalTitle = state.goal ? goalTitles.get(state.goal) : undefined;
  if (goalTitle) filters[SEARCH_KEYS.goal] = goalTitle;
  const term = state.query || null;
  if (state.sort === 'relevans') return { term, options: { filters } };
  return {
    term,
    options: { filters, sort: { [SEARCH_KEYS.year]: state.sort === 'nyeste' ? 'desc' : 'asc' } },
  };
}
