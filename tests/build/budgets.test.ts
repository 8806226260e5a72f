/**
 * Page weight per page type, gzip-compressed as a host would serve it:
 * HTML plus its stylesheets, and the JavaScript a page loads up front (script
 * src, module preloads and their static imports; lazy imports are not counted).
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, test } from 'vitest';
import { budgetFor, kilobytes } from '../support/budgets.ts';
import { tags } from '../support/html.ts';
import { internalTarget } from '../support/links.ts';
import { assertNone } from '../support/report.ts';
import { builtPages, distDir, fileForUrlPath, siteOrigin } from '../support/site.ts';

const gzipCache = new Map<string, number>();
function gzipped(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
}

/** A module and the modules it imports statically, as files in dist/. */
function moduleGraph(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) {
    const here = `http://site/${relative(distDir(), file).split(sep).join('/')}`;
    const imported = fileForUrlPath(new URL(match[1] ?? '', here).pathname);
    if (imported) moduleGraph(imported, seen);
  }
}

async function weigh(urlPath: string, html: string): Promise<{ htmlAndCss: number; javascript: number }> {
  const origin = await siteOrigin();
  const local = (url: string): string | undefined => {
    const target = internalTarget(url, urlPath, origin);
    return target && fileForUrlPath(target.pathname);
  };
  let css = 0;
  const scripts = new Set<string>();
  for (const tag of tags(html)) {
    const rel = tag.attributes.get('rel') ?? '';
    const href = tag.attributes.get('href');
    const src = tag.attributes.get('src');
    const stylesheet = tag.name === 'link' && rel === 'stylesheet' && href ? local(href) : undefined;
    if (stylesheet) css += gzipped(stylesheet);
    const module =
      tag.name === 'link' && rel === 'modulepreload' ? href : tag.name === 'script' ? src : undefined;
    const file = module && local(module);
    if (file) moduleGraph(file, scripts);
  }
  const javascript = [...scripts].reduce((sum, file) => sum + gzipped(file), 0);
  return { htmlAndCss: gzipSync(html).length + css, javascript };
}

describe('page weight budgets (gzip)', () => {
  test('every page stays within the HTML + CSS and JavaScript budgets of its type', async () => {
    const problems: string[] = [];
    for (const page of builtPages().filter((candidate) => !candidate.isRedirect)) {
      const budget = budgetFor(page.urlPath);
      const weight = await weigh(page.urlPath, readFileSync(page.file, 'utf8'));
      if (weight.htmlAndCss > budget.htmlAndCss) {
        problems.push(
          `${page.urlPath} (${budget.kind}): HTML + CSS ${kilobytes(weight.htmlAndCss)} > ${kilobytes(budget.htmlAndCss)}`,
        );
      }
      if (weight.javascript > budget.javascript) {
        problems.push(
          `${page.urlPath} (${budget.kind}): JavaScript ${kilobytes(weight.javascript)} > ${kilobytes(budget.javascript)}`,
        );
      }
    }
    assertNone('Pages over budget', problems);
  });
});
