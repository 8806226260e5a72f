import { splitQueryCompounds } from '../../lib/search/compound-mark.ts';
import { withGoalNumbersSpelt, withGoalTokens } from '../../lib/search/goal-token.ts';
import { pagefindQuery, type PagefindQuery, type SearchState } from '../../lib/search/search-state.ts';
import { splitCompound } from '../../lib/search/split-compound.ts';
import { suggestQuery, wordStatus, type Vocabulary, type WordStatus } from '../../lib/search/suggest.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { loadVocabulary, loadVocabularyFor } from './vocabulary.ts';

/** With fewer results than this, a query word the index holds only in another form gets a suggestion. */
const FEW_RESULTS = 5;

export interface SearchOutcome {
  results: PagefindResult[];
  /** A nearby query the index holds, offered as "Mente du …?". */
  suggestion?: string;
  /** True when the results are the suggestion's, because the query itself found nothing. */
  showsSuggestion: boolean;
}

/** Searches the typed words as the index holds them: goal numbers as one word, compounds by their parts if need be. */
async function find(
  pagefind: Pagefind,
  typed: string,
  options: PagefindQuery['options'],
): Promise<PagefindResult[]> {
  const term = withGoalTokens(typed);
  const results = (await pagefind.search(term, options))?.results ?? [];
  // A compound the index only holds inside longer words ("udvalgsformænd") is found by its parts.
  const parts = splitQueryCompounds(term, (word) => splitCompound(word));
  if (results.length > 0 || parts === term) return results;
  return (await pagefind.search(parts, options))?.results ?? [];
}

/** Loads Pagefind ahead of the first search; the vocabulary's parts load with the query's words. */
export async function prepareSearch(): Promise<void> {
  await loadPagefind();
}

const hasUnknownWord = (query: string, vocabulary: Vocabulary): boolean =>
  (query.match(/\p{L}+/gu) ?? []).some((word) => wordStatus(word, vocabulary) === 'unknown');

/**
 * Runs a search. When the query found nothing, or holds a word the index does not (Pagefind then
 * matches a shorter word instead), the nearest words that do occur are searched and their results
 * shown; with only a few results, a closer word is offered without being searched.
 */
export async function runSearch(
  state: SearchState,
  goalTitles: ReadonlyMap<string, string>,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const { term, options } = pagefindQuery(state, goalTitles);
  if (term === null)
    return { results: (await pagefind.search(null, options))?.results ?? [], showsSuggestion: false };
  // "maal 2" is a goal number, not a slip of the keyboard: words are checked with goal numbers as "mål 2".
  const words = withGoalNumbersSpelt(term);
  const [results, checked] = await Promise.all([
    find(pagefind, term, options),
    loadVocabularyFor(words.match(/\p{L}+/gu) ?? []),
  ]);
  if (!checked) return { results, showsSuggestion: false };

  const foundNothing = results.length === 0 || hasUnknownWord(words, checked);
  const fewResults = results.length < FEW_RESULTS;
  if (!foundNothing && !fewResults) return { results, showsSuggestion: false };
  // Only a word to correct needs the whole vocabulary: the nearest word may start with another letter.
  const vocabulary = await loadVocabulary();
  if (!vocabulary) return { results, showsSuggestion: false };
  const inexact: WordStatus[] = ['stem', 'prefix'];
  const suggestion = suggestQuery(words, vocabulary, foundNothing ? ['unknown', ...inexact] : inexact);
  const suggested = suggestion ? await find(pagefind, suggestion, options) : [];
  if (!suggestion || suggested.length === 0) return { results, showsSuggestion: false };
  return foundNothing
    ? { results: suggested, suggestion, showsSuggestion: true }
    : { results, suggestion, showsSuggestion: false };
}
