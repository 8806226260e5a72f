/**
 * What the privacy page (/privatliv/) promises: the site sets no cookies, from the server or from
 * its scripts, and its scripts keep nothing in the browser's storage. That nothing is fetched from
 * another origin is tests/build/third-party.test.ts and the browser tests' request log.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { walkFiles } from '../../scripts/lib/built-pages.ts';
import { parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { assertNone } from '../support/report.ts';
import { baseUrl, distDir, sitemapUrls } from '../support/site.ts';

const STORAGE = /document\.cookie|cookieStore|localStorage|sessionStorage|indexedDB/g;

describe('cookies', () => {
  test('no rule in _headers sets a cookie', () => {
    const rules = parseHeadersFile(readFileSync(join(distDir(), '_headers'), 'utf8'));
    const setting = rules.flatMap((rule) =>
      rule.set.filter(([name]) => name.toLowerCase() === 'set-cookie').map(() => rule.source),
    );
    expect(setting).toEqual([]);
  });

  test('the server sends no Set-Cookie with any page, script, stylesheet or the search index', async () => {
    const assets = walkFiles(distDir())
      .map((file) => `/${relative(distDir(), file).split('\\').join('/')}`)
      .filter((path) => /^\/(_astro|pagefind)\/[^/]+\.(js|css|json)$/.test(path));
    const paths = [...sitemapUrls(), ...assets, '/findes-ikke/'];
    const problems: string[] = [];
    for (let start = 0; start < paths.length; start += 16) {
      await Promise.all(
        paths.slice(start, start + 16).map(async (path) => {
          const response = await fetch(`${baseUrl()}${path}`);
          await response.arrayBuffer();
          if (response.headers.has('set-cookie'))
            problems.push(`${path}: ${response.headers.get('set-cookie')}`);
        }),
      );
    }
    expect(paths.length).toBeGreaterThan(100);
    assertNone('Responses that set a cookie', problems);
  });
});

describe('browser storage', () => {
  test('no built script reads or writes document.cookie or the browser’s storage', () => {
    const scripts = walkFiles(distDir()).filter((file) => /\.m?js$/.test(file));
    expect(scripts.length).toBeGreaterThan(0);
    const problems = scripts.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(STORAGE)].map(
        (match) => `${relative(distDir(), file)}: ${match[0]}`,
      ),
    );
    assertNone('Built scripts that use cookies or browser storage', problems);
  });
});
