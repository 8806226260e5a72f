/**
 * Global setup of the unit project: getCollection() under vitest reads
 * .astro/data-store.json, which `astro sync` does not write. Sync only when
 * the store is missing or older than the content, then copy it into place.
 */
import { contentStoreIsStale, publishContentStore } from '../../scripts/lib/content-store.ts';
import { run, tail } from '../../scripts/lib/run.ts';

export default async function setup(): Promise<void> {
  const root = process.cwd();
  if (contentStoreIsStale(root)) {
    const result = await run('node_modules/.bin/astro', ['sync']);
    if (result.code !== 0) throw new Error(`astro sync failed:\n${tail(result.output)}`);
  }
  publishContentStore(root);
}
