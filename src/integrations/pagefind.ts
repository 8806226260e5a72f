import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/prepare-for-index.ts';
import { writeVocabulary } from './search-vocabulary.ts';
import { builtFile, isReversedComparePath, NOT_FOUND_PATH, SEARCH_PATH } from '../lib/paths.ts';

/** Built pages kept out of the index, relative to the output folder: the 404 and search pages. */
export const DEFAULT_EXCLUDE = [builtFile(NOT_FOUND_PATH), builtFile(SEARCH_PATH)];
const BATCH_SIZE = 32;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Builds the Danish search index into <output>/pagefind/, with the index's vocabulary beside it
 * (search-vocabulary.ts). Pagefind reads a prepared copy of each page (compound parts marked,
 * paragraphs as sub-results: see prepareForIndex), not the files on disk, which stay as Astro
 * built them.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: { info(message: string): void },
  exclude: string[],
): Promise<void> {
  const started = performance.now();
  try {
    const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: 'da' }), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // A reversed comparison URL is only a redirect to its pair: nothing to find there.
    const files = (await htmlFiles(outDir)).filter(
      (file) => !exclude.includes(file) && !isReversedComparePath(`/${file.replace(/index\.html$/, '')}`),
    );
    // Pagefind indexes while the next pages are prepared; a batch bounds the pages held in memory.
    for (let start = 0; start < files.length; start += BATCH_SIZE) {
      await Promise.all(
        files.slice(start, start + BATCH_SIZE).map(async (file) => {
          const content = prepareForIndex(await readFile(join(outDir, file), 'utf8'));
          assertNoErrors(await index.addHTMLFile({ sourcePath: file, content }), `addHTMLFile ${file}`);
        }),
      );
    }
    const outputPath = join(outDir, 'pagefind');
    assertNoErrors(await index.writeFiles({ outputPath }), 'writeFiles');
    const vocabulary = await writeVocabulary(index, outputPath);
    logger.info(
      `indexed ${files.length} pages into ${relative(process.cwd(), outputPath)}/ in ${Math.round(performance.now() - started)} ms; ` +
        `vocabulary ${vocabulary.words} words, ${vocabulary.bytes} bytes (${vocabulary.gzipBytes} gzip)`,
    );
  } catch (error) {
    throw new Error(`Could not build the search index in ${outDir}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
