import { PAGE_LOAD_SAMPLE_SIZE } from '../../src/lib/about/accessibility-checks.ts';
import { onePerType } from './site.ts';

/** A page limit from the environment; 0 means every page. */
export function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * The pages a browser gate visits. All of them while the site is small; past
 * `limit` one page of every type plus an evenly spaced, deterministic
 * selection of the rest. Limits: BROWSER_PAGE_LIMIT (default PAGE_LOAD_SAMPLE_SIZE) for page
 * loads, AXE_PAGE_LIMIT (default AXE_SAMPLE_SIZE) for axe; 0 means every page. The defaults live
 * with the accessibility statement, which quotes them.
 */
export function browserSample(
  urlPaths: string[],
  limit = limitFromEnv('BROWSER_PAGE_LIMIT', PAGE_LOAD_SAMPLE_SIZE),
): string[] {
  const sorted = [...urlPaths].sort();
  if (limit <= 0 || sorted.length <= limit) return sorted;
  const chosen = new Set(onePerType(sorted));
  const stride = sorted.length / Math.max(1, limit - chosen.size);
  for (let position = 0; chosen.size < limit && position < sorted.length; position += stride) {
    chosen.add(sorted[Math.floor(position)] ?? '');
  }
  return [...chosen].filter(Boolean).sort();
}

/** A file name for a page type: /:year/maal/:slug/ → year-maal-slug; / → forside. */
export function screenshotName(type: string): string {
  const name = type.replace(/[:/.]+/g, '-').replace(/^-|-$/g, '');
  return name === '' ? 'forside' : name;
}
