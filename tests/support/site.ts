import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { builtPagesIn } from '../../scripts/lib/built-pages.ts';
import type { BuiltPage } from '../../scripts/lib/built-pages.ts';
import './context.ts';

export type { BuiltPage };

export function distDir(): string {
  return inject('distDir') ?? resolve('dist');
}

/** Origin of the test server, without a trailing slash. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Every HTML page in dist/ (Pagefind's own files excluded), sorted by URL. */
export function builtPages(): BuiltPage[] {
  return builtPagesIn(distDir());
}

/** The file a URL path resolves to on the host, or undefined. */
export function fileForUrlPath(urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const target = join(distDir(), path);
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return target;
  const index = join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The built HTML for a URL path; throws naming the path when it is missing. */
export function readBuilt(urlPath: string): string {
  const file = fileForUrlPath(urlPath);
  if (!file) throw new Error(`no built page for ${urlPath} in ${distDir()}`);
  return readFileSync(file, 'utf8');
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').trim());
}

/** URL paths listed in the sitemap (following a sitemap index); all non-redirect pages when there is none. */
export function sitemapUrls(): string[] {
  const index = join(distDir(), 'sitemap-index.xml');
  const single = join(distDir(), 'sitemap.xml');
  const start = existsSync(index) ? index : existsSync(single) ? single : undefined;
  if (!start) return builtPages().flatMap((page) => (page.isRedirect ? [] : [page.urlPath]));
  const urls: string[] = [];
  const queue = [start];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const loc of locs(readFileSync(file, 'utf8'))) {
      const path = new URL(loc).pathname;
      if (path.endsWith('.xml')) queue.push(join(distDir(), path));
      else urls.push(path);
    }
  }
  return [...new Set(urls)].sort();
}

export { onePerType, pageType } from '../../scripts/lib/page-types.ts';

/** The public origin from astro.config.mjs (links to it are internal). */
export async function siteOrigin(): Promise<string> {
  const config = (await import('../../astro.config.mjs')) as { default: { site?: string } };
  const site = config.default.site;
  if (!site) throw new Error('astro.config.mjs sets no `site`; canonical links and the sitemap need one');
  return new URL(site).origin;
}
