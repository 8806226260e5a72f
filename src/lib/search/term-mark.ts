/**
 * The mark before each word of a page's search terms (SearchTerms.astro) in the copy Pagefind
 * indexes. Pagefind drops punctuation from a word as it indexes it, so "~Århus" is found by
 * "Århus" as before; the mark lets a result's excerpt leave out words the page does not show
 * ("Århus 751 Kommune i …" becomes "Kommune i …"). Compound marks stand between letters
 * (compound-mark.ts); this one stands first in its word.
 */
export const TERM_MARK = '~';

/** Marks every word of a search-terms text: "Århus 751" → "~Århus ~751". */
export function markTerms(text: string): string {
  return text.replace(/\S+/gu, (word) => `${TERM_MARK}${word}`);
}

const TERM_IN_EXCERPT = /(?:<mark>)?(?<![\p{L}\p{N}])~[^\s<]+(?:<\/mark>)?\s*/gu;

/** Removes search-term words from an excerpt that came from the index. */
export function withoutTerms(excerpt: string): string {
  return excerpt.replace(TERM_IN_EXCERPT, '');
}
