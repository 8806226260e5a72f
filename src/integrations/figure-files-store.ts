import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The files a build's chart figures offer beside their pages (their numbers as CSV), by URL
 * path. ChartFigure adds its figure's files while Astro renders the page. During a build they
 * go straight to a staging folder, so a large site does not hold them all in memory, and the
 * figure-files integration copies them into the output when the build is done; elsewhere
 * (`astro dev`, tests) they stay in memory, where the dev server serves them from.
 *
 * The store lives on globalThis because Astro renders pages from its own bundle of this module
 * while the integration imports the source: two copies of the module in one process.
 */
const STORE = Symbol.for('beskaeftigelsesmaal.figure-files');

interface Store {
  files: Map<string, string>;
  /** The folder a build writes to, set by the integration when a build starts. */
  staging?: string | undefined;
}

export function figureStore(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  holder[STORE] ??= { files: new Map() };
  return holder[STORE];
}

/** Adds a file at a URL path. Figure ids are unique on a page (the HTML checks hold them to it), so paths are too. */
export function addFigureFile(path: string, body: string): void {
  const { files, staging } = figureStore();
  if (staging === undefined) {
    files.set(path, body);
    return;
  }
  const file = join(staging, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}
