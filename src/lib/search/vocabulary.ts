import { COMPOUND_MARK } from './compound-mark.ts';

/**
 * Words shorter than this are left out: a suggestion needs a few letters to go on, and the
 * search page does not check shorter query words against the vocabulary.
 */
export const MIN_VOCABULARY_WORD = 4;

const WORD = new RegExp(`[\\p{L}${COMPOUND_MARK}]+`, 'gu');

/** The words of one indexed text, lowercase: each compound whole and part by part, as Pagefind indexes it. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [marked] of text.toLowerCase().matchAll(WORD)) {
    for (const word of [marked.replaceAll(COMPOUND_MARK, ''), ...marked.split(COMPOUND_MARK)]) {
      if (word.length >= MIN_VOCABULARY_WORD) words.add(word);
    }
  }
  return words;
}

/**
 * The distinct words of the indexed pages' texts, the most widespread first (by the number of
 * texts that hold them, then alphabetically), so that of two equally near suggestions the
 * commoner word wins. The search page checks query words against it and suggests from it.
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const spread = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) spread.set(word, (spread.get(word) ?? 0) + 1);
  }
  return [...spread]
    .sort(([a, inA], [b, inB]) => inB - inA || a.localeCompare(b, 'da'))
    .map(([word]) => word);
}

/** The vocabulary's file in the Pagefind bundle folder: one word a line, written by the build. */
export const VOCABULARY_FILE = 'vocabulary.txt';

/**
 * The vocabulary split by the first letter a word is typed with (vocabularyKey in suggest.ts):
 * `vocabulary/f.txt`. Checking a query's words needs only their letters' parts; the whole file
 * loads only when a word must be corrected, so a first search stays light.
 */
export function vocabularyPartFile(key: string): string {
  return `vocabulary/${encodeURIComponent(key)}.txt`;
}
