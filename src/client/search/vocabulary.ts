import { readVocabulary, vocabularyKey, type Vocabulary } from '../../lib/search/suggest.ts';
import { VOCABULARY_FILE, vocabularyPartFile } from '../../lib/search/vocabulary.ts';

const BUNDLE = '/pagefind/';

const loaded = new Map<string, Promise<string | undefined>>();

/** One file of the vocabulary, fetched once; undefined when it did not load (tried again next time). */
function fetchText(file: string): Promise<string | undefined> {
  let text = loaded.get(file);
  if (!text) {
    text = fetch(`${BUNDLE}${file}`)
      .then(async (response) => {
        if (response.ok) return response.text();
        // A letter no indexed word starts with has no part: an empty one, not an error.
        if (response.status === 404 && file !== VOCABULARY_FILE) return '';
        throw new Error(`${BUNDLE}${file}: HTTP ${response.status}`);
      })
      .catch((error: unknown) => {
        console.warn('Search suggestions are off: the vocabulary did not load', error);
        loaded.delete(file);
        return undefined;
      });
    loaded.set(file, text);
  }
  return text;
}

/**
 * The parts of the index's vocabulary that can hold the given words (by their first letter),
 * enough to tell whether each word is in the index. Without them the search still works, only
 * without "Mente du …?", so a failed load gives undefined.
 */
export async function loadVocabularyFor(words: readonly string[]): Promise<Vocabulary | undefined> {
  const keys = [...new Set(words.map(vocabularyKey).filter(Boolean))];
  const parts = await Promise.all(keys.map((key) => fetchText(vocabularyPartFile(key))));
  if (parts.some((part) => part === undefined)) return undefined;
  return readVocabulary(parts.join('\n'));
}

/** The whole vocabulary, for suggesting the nearest words; undefined when it did not load. */
export async function loadVocabulary(): Promise<Vocabulary | undefined> {
  const text = await fetchText(VOCABULARY_FILE);
  return text === undefined ? undefined : readVocabulary(text);
}
