import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** URL path as the site links it: /2024/, /404.html */
  urlPath: string;
  /** Absolute path of the HTML file. */
  file: string;
  /** A meta-refresh page that Astro writes for a redirect. */
  isRedirect: boolean;
}

/** Every file under a folder, depth first. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walkFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function urlPathOf(distDir: string, file: string): string {
  const path = relative(distDir, file).split(sep).join('/');
  if (path === 'index.html') return '/';
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}

/** Every HTML page of a build (Pagefind's own files excluded), sorted by URL path. */
export function builtPagesIn(distDir: string): BuiltPage[] {
  return walkFiles(distDir)
    .filter((file) => file.endsWith('.html') && !relative(distDir, file).startsWith('pagefind'))
    .map((file) => ({
      urlPath: urlPathOf(distDir, file),
      file,
      isRedirect: /<meta\s+http-equiv="refresh"/i.test(readFileSync(file, 'utf8')),
    }))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}
