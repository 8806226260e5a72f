import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import type { IndexFile, PagefindIndex } from 'pagefind';
import { SEARCH_KEYS } from '../lib/search/search-types.ts';
import { vocabularyKey } from '../lib/search/suggest.ts';
import { VOCABULARY_FILE, vocabularyOf, vocabularyPartFile } from '../lib/search/vocabulary.ts';

/** How Pagefind 1.x starts the decompressed fragment of a page, before its JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** Each page Pagefind indexed, from its fragment file: its URL and its text with the searchable titles. */
export function indexedPages(files: readonly IndexFile[]): Array<{ url: string; text: string }> {
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => {
      const raw = gunzipSync(file.content).toString('utf8');
      if (!raw.startsWith(FRAGMENT_SIGNATURE)) {
        throw new Error(
          `${file.path} does not start with '${FRAGMENT_SIGNATURE}': has Pagefind's format changed?`,
        );
      }
      const { url, content, meta } = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
      return {
        url,
        text: [content, meta['title'], meta[SEARCH_KEYS.otherTitles]].filter(Boolean).join('\n'),
      };
    });
}

/** The text Pagefind indexed for each page, with the searchable titles, from its fragment files. */
export function indexedTexts(files: readonly IndexFile[]): string[] {
  return indexedPages(files).map((page) => page.text);
}

/**
 * Writes the words of the index to <bundle>/vocabulary.txt, for the search page's "Mente du …?"
 * (src/lib/search/suggest.ts), and the same words by first letter to <bundle>/vocabulary/<letter>.txt,
 * for checking a query's words. Returns the whole file's size: words, bytes and bytes gzip-compressed.
 */
export async function writeVocabulary(
  index: PagefindIndex,
  bundleDir: string,
): Promise<{ words: number; bytes: number; gzipBytes: number }> {
  const { errors, files } = await index.getFiles();
  if (errors.length > 0) throw new Error(`Pagefind getFiles: ${errors.join('; ')}`);
  const words = vocabularyOf(indexedTexts(files));
  const text = Buffer.from(`${words.join('\n')}\n`);
  await writeFile(join(bundleDir, VOCABULARY_FILE), text);
  const parts = Map.groupBy(words, vocabularyKey);
  await mkdir(join(bundleDir, 'vocabulary'), { recursive: true });
  for (const [key, part] of parts) {
    await writeFile(join(bundleDir, vocabularyPartFile(key)), `${part.join('\n')}\n`);
  }
  return { words: words.length, bytes: text.length, gzipBytes: gzipSync(text).length };
}
