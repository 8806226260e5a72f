import { stemmer } from '@orama/stemmers/danish';
import { closestMatch } from 'leven';
import { dropAccents, foldDanish } from '../slug.ts';
import { MIN_VOCABULARY_WORD } from './vocabulary.ts';

/** The index's words, prepared for checking and correcting query words. */
export interface Vocabulary {
  /** The words, the most widespread first (see vocabularyOf). */
  words: readonly string[];
  /** The same words, for looking one up. */
  known: ReadonlySet<string>;
  /** Each word's stem as Pagefind matches it (Danish Snowball stem, accents dropped). */
  stems: ReadonlySet<string>;
  /** Each word as typed without Danish letters (see typedForm). */
  typed: readonly string[];
}

/**
 * How the index holds a query word, as Pagefind matches it: `word` (the word itself), `stem`
 * (another word with its Danish stem: "ventetiden" for "ventetider", but also "vardig" for
 * "Varde"), `prefix` (only longer words, which Pagefind finds by their beginning), `unknown`
 * (Pagefind then falls back to a shorter word, so its results are not about this one), or
 * `unchecked` (numbers, codes and words too short to correct).
 */
export type WordStatus = 'word' | 'stem' | 'prefix' | 'unknown' | 'unchecked';

const LETTERS = /\p{L}+/gu;
const LONG_WORD = 8;

/** A word's stem as Pagefind matches it: Snowball's Danish stem, with accents dropped (å → a) as Pagefind does. */
function matchStem(word: string): string {
  return dropAccents(stemmer(word.toLowerCase()));
}

/**
 * A word as it may be typed without Danish letters: "værdig", "vaerdig" and "verdig" all read
 * "verdig", "Århus" and "Arhus" read "arhus", "forsørgelse" and "forsorgelse" read alike.
 */
export function typedForm(word: string): string {
  return foldDanish(word).replaceAll('aa', 'a').replaceAll('oe', 'o').replaceAll('ae', 'e');
}

/** Which part of the vocabulary holds a word: the first letter it is typed with ("Århus" → "a"). */
export function vocabularyKey(word: string): string {
  return typedForm(word).charAt(0);
}

/** Reads the vocabulary file: one word a line, the most widespread first. */
export function readVocabulary(text: string): Vocabulary {
  const words = text.split('\n').filter(Boolean);
  return { words, known: new Set(words), stems: new Set(words.map(matchStem)), typed: words.map(typedForm) };
}

export function wordStatus(word: string, vocabulary: Vocabulary): WordStatus {
  if (word.length < MIN_VOCABULARY_WORD || /\P{L}/u.test(word)) return 'unchecked';
  if (vocabulary.known.has(word.toLowerCase())) return 'word';
  const stem = matchStem(word);
  if (vocabulary.stems.has(stem)) return 'stem';
  for (const known of vocabulary.stems) if (known.startsWith(stem)) return 'prefix';
  return 'unknown';
}

/** Edits allowed between a typed word and a suggestion: one, two for long words; Danish letters are free. */
export function editsAllowed(word: string): number {
  return typedForm(word).length >= LONG_WORD ? 2 : 1;
}

/** The index word nearest to a query word within the edits allowed, the commoner of equals; or none. */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const typed = typedForm(word);
  const match = closestMatch(typed, vocabulary.typed, { maxDistance: editsAllowed(word) });
  return match === undefined ? undefined : vocabulary.words[vocabulary.typed.indexOf(match)];
}

const withCaseOf = (typed: string, word: string): string =>
  typed.charAt(0) === typed.charAt(0).toUpperCase() && typed.charAt(0) !== typed.charAt(0).toLowerCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word;

/**
 * The query with each word of the given statuses replaced by its nearest index word, keeping
 * the rest as typed ("opkvalifisering Arhus" → "opkvalificering Århus"); undefined when no word
 * changes.
 */
export function suggestQuery(
  query: string,
  vocabulary: Vocabulary,
  fix: readonly WordStatus[] = ['unknown'],
): string | undefined {
  let changed = false;
  const suggestion = query.replace(LETTERS, (word) => {
    if (!fix.includes(wordStatus(word, vocabulary))) return word;
    const nearest = nearestWord(word, vocabulary);
    if (nearest === undefined || nearest === word.toLowerCase()) return word;
    changed = true;
    return withCaseOf(word, nearest);
  });
  return changed ? suggestion : undefined;
}
