/**
 * URLs are a promise: tests/published-urls.txt lists every path the site has
 * published. A listed path must keep resolving (as a page or a redirect), and a
 * new page must be added to the list, so removing or renaming one is a decision.
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'vitest';
import { assertNone } from '../support/report.ts';
import { builtPages, fileForUrlPath } from '../support/site.ts';

const listFile = 'tests/published-urls.txt';

function publishedUrls(): string[] {
  return readFileSync(listFile, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

describe(listFile, () => {
  test('every published URL still resolves to a page or a redirect', () => {
    const gone = publishedUrls().filter((path) => !fileForUrlPath(path));
    assertNone(`Published URLs that no longer exist (add a redirect in astro.config.mjs)`, gone);
  });

  test('every built page is listed', () => {
    const listed = new Set(publishedUrls());
    const missing = builtPages()
      .map((page) => page.urlPath)
      .filter((path) => !listed.has(path));
    if (missing.length > 0) {
      throw new Error(
        `Built pages missing from ${listFile}; add these lines (keep it sorted):\n${missing.join('\n')}`,
      );
    }
  });

  test('the list is sorted and has no duplicates', () => {
    const urls = publishedUrls();
    const sorted = [...new Set(urls)].sort();
    const firstOff = urls.findIndex((path, index) => path !== sorted[index]);
    if (firstOff >= 0 || urls.length !== sorted.length) {
      throw new Error(
        `${listFile} is not sorted or repeats a line: first difference at "${urls[firstOff] ?? ''}"`,
      );
    }
  });
});
