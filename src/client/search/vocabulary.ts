import { readVocabulary, type Vocabulary } from '../../lib/search/suggest.ts';
import { VOCABULARY_FILE } from '../../lib/search/vocabulary.ts';

const VOCABULARY_URL = `/pagefind/${VOCABULARY_FILE}`;

let loading: Promise<Vocabulary | undefined> | undefined;

async function load(): Promise<Vocabulary> {
  const response = await fetch(VOCABULARY_URL);
  if (!response.ok) throw new Error(`${VOCABULARY_URL}: HTTP ${response.status}`);
  return readVocabulary(await response.text());
}

/**
 * Loads the index's vocabulary once. Without it the search still works, only without
 * "Mente du …?", so a failed load resolves to undefined and is tried again on the next call.
 */
export function loadVocabulary(): Promise<Vocabulary | undefined> {
  loading ??= load().catch((error: unknown) => {
    console.warn('Search suggestions are off: the vocabulary did not load', error);
    loading = undefined;
    return undefined;
  });
  return loading;
}
