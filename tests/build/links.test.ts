import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, test } from 'vitest';
import { anchorsOf } from '../support/html.ts';
import { internalTarget, referencesOf } from '../support/links.ts';
import { assertNone } from '../support/report.ts';
import { builtPages, distDir, fileForUrlPath, siteOrigin, sitemapUrls } from '../support/site.ts';
import { walkFiles } from '../../scripts/lib/built-pages.ts';

const anchorCache = new Map<string, Set<string>>();
function anchorsIn(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) anchorCache.set(file, (anchors = anchorsOf(readFileSync(file, 'utf8'))));
  return anchors;
}

/** What is wrong with a same-site URL, or undefined when it resolves. */
function problemWith(target: URL): string | undefined {
  const file = fileForUrlPath(target.pathname);
  if (!file) return `nothing at ${target.pathname} in dist/`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) return undefined;
  return anchorsIn(file).has(fragment) ? undefined : `${target.pathname} has no id="${fragment}"`;
}

describe('internal links', () => {
  test('every href, src and srcset in every built page resolves, fragments included', async () => {
    const origin = await siteOrigin();
    const problems: string[] = [];
    for (const page of builtPages()) {
      for (const reference of referencesOf(readFileSync(page.file, 'utf8'))) {
        const target = internalTarget(reference.url, page.urlPath, origin);
        const problem = target && problemWith(target);
        if (problem) problems.push(`${page.urlPath} ${reference.where}="${reference.url}": ${problem}`);
      }
    }
    assertNone('Broken internal links', problems);
  });

  test('every url() in the built CSS resolves', () => {
    const problems: string[] = [];
    for (const file of walkFiles(distDir()).filter((path) => path.endsWith('.css'))) {
      const cssUrlPath = `/${relative(distDir(), file).split(sep).join('/')}`;
      for (const match of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const url = match[1] ?? '';
        if (/^(data:|#|https?:)/.test(url)) continue;
        const target = new URL(url, `http://site${cssUrlPath}`);
        if (!fileForUrlPath(target.pathname))
          problems.push(`${cssUrlPath}: url(${url}) → nothing at ${target.pathname}`);
      }
    }
    assertNone('Broken url() in CSS', problems);
  });

  test('every URL in the sitemap is a built page', () => {
    const problems = sitemapUrls()
      .filter((path) => !fileForUrlPath(path))
      .map((path) => `${path} is in the sitemap but not in dist/`);
    assertNone('Sitemap entries without a page', problems);
  });

  test('the sitemap lists no redirect pages', () => {
    const redirects = new Set(builtPages().flatMap((page) => (page.isRedirect ? [page.urlPath] : [])));
    assertNone(
      'Redirect pages in the sitemap',
      sitemapUrls().filter((path) => redirects.has(path)),
    );
  });
});
