import { resultCountText } from './result-view.ts';

/** What a search found, as the status line reports it. */
export interface SearchOutcomeSummary {
  /** The number of results shown. */
  count: number;
  /** The words typed. */
  query: string;
  /** Whether filters narrow the search. */
  filtered: boolean;
  /** A nearby query the index holds, offered as "Mente du …?". */
  suggestion?: string | undefined;
  /** True when the results shown are the suggestion's, because the query found nothing. */
  showsSuggestion?: boolean;
}

/** The status line around its "Mente du …?" link: the text before it, the link's words, the text after. */
export interface SearchStatus {
  before: string;
  suggestion?: string;
  after: string;
}

/**
 * The sentence the live region reads after a search. When the results are the suggestion's,
 * it says that nothing was found for the query and whose results these are.
 */
export function searchStatus(outcome: SearchOutcomeSummary): SearchStatus {
  const { count, query, filtered, suggestion, showsSuggestion = false } = outcome;
  if (!suggestion) return { before: resultCountText(count, query, filtered), after: '' };
  const found = resultCountText(showsSuggestion ? 0 : count, query, filtered);
  const shown = showsSuggestion ? ` Viser i stedet ${resultCountText(count, suggestion, filtered)}` : '';
  return { before: `${found} Mente du `, suggestion, after: `?${shown}` };
}
