/**
 * The mark that joins the parts of a compound in the text Pagefind indexes. Pagefind indexes a
 * word that contains ASCII punctuation both whole and part by part, so
 * "beskæftigelses~politiske" is found by "beskæftigelsespolitiske", "beskæftigelse" and
 * "politiske". The published pages never contain it; search results remove it before showing.
 */
export const COMPOUND_MARK = '~';

const WORD = /\p{L}{6,}/gu;
const MARK_BETWEEN_LETTERS = new RegExp(`(?<=\\p{L})${COMPOUND_MARK}(?=\\p{L})`, 'gu');

/** Joins the parts of every compound in a text with the compound mark. */
export function markCompounds(text: string, split: (word: string) => string[]): string {
  return text.replace(WORD, (word) => split(word).join(COMPOUND_MARK));
}

/** Removes compound marks from a title or excerpt that came from the index. */
export function unmarkCompounds(text: string): string {
  return text.replace(MARK_BETWEEN_LETTERS, '');
}

/** Writes each compound in a query as its parts, for a second try when the whole word finds nothing. */
export function splitQueryCompounds(query: string, split: (word: string) => string[]): string {
  return query.replace(WORD, (word) => split(word).join(' '));
}
