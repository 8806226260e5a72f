import type { PagefindResultData } from '../../lib/search/result-view.ts';
import type { PagefindQuery } from '../../lib/search/search-state.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** The part of Pagefind's search API (/pagefind/pagefind.js) this site uses. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: PagefindQuery['options'],
  ) => Promise<{ results: PagefindResult[] } | null>;
}

// A variable, so the bundler leaves the import to the browser: the file exists only after the build.
const BUNDLE_URL = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

async function load(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ BUNDLE_URL)) as Pagefind;
  await pagefind.options({
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 24,
    // The index is small: searching on the main thread saves downloading Pagefind's worker.
    noWorker: true,
    // The letters are the long pages and the primary sources: do not rank them below the
    // shorter pages that quote them (tests/browser/search.test.ts holds the queries this tunes).
    ranking: { pageLength: 0 },
  });
  return pagefind;
}

/** Loads Pagefind once; a failed load is tried again on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
