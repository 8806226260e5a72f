/**
 * The files a build's chart figures offer beside their pages (their numbers as CSV), by URL
 * path. ChartFigure adds its figure's files while Astro renders the page; the figure-files
 * integration writes them out when the build is done, and serves them in `astro dev`.
 *
 * The map lives on globalThis because Astro renders pages from its own bundle of this module
 * while the integration imports the source: two copies of the module in one process.
 */
const STORE = Symbol.for('beskaeftigelsesmaal.figure-files');

type Store = Map<string, string>;

export function figureFiles(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** Adds a file at a URL path. Figure ids are unique on a page (the HTML checks hold them to it), so paths are too. */
export function addFigureFile(path: string, body: string): void {
  figureFiles().set(path, body);
}
