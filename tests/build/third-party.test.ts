/**
 * No visit leaks to another site: nothing a page loads (scripts, styles, fonts,
 * images, frames, media) and nothing its CSS imports comes from another origin.
 * Links that a reader follows on purpose are fine.
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'vitest';
import { walkFiles } from '../../scripts/lib/built-pages.ts';
import { loadedReferencesOf } from '../support/links.ts';
import { assertNone } from '../support/report.ts';
import { builtPages, distDir, siteOrigin } from '../support/site.ts';

function isForeign(url: string, origin: string): boolean {
  if (!/^(https?:)?\/\//i.test(url.trim())) return false;
  return new URL(url.trim(), origin).origin !== origin;
}

describe('third-party requests', () => {
  test('no page loads anything from another origin', async () => {
    const origin = await siteOrigin();
    const problems: string[] = [];
    for (const page of builtPages()) {
      for (const reference of loadedReferencesOf(readFileSync(page.file, 'utf8'))) {
        if (isForeign(reference.url, origin)) {
          problems.push(`${page.urlPath}: ${reference.excerpt}`);
        }
      }
    }
    assertNone('Third-party resources in built pages', problems);
  });

  test('no stylesheet imports fonts or images from another origin', async () => {
    const origin = await siteOrigin();
    const problems: string[] = [];
    for (const file of walkFiles(distDir()).filter((path) => path.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      for (const match of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")]+)/g)) {
        if (isForeign(match[1] ?? '', origin)) problems.push(`${file}: ${match[1] ?? ''}`);
      }
    }
    assertNone('Third-party resources in CSS', problems);
  });
});
