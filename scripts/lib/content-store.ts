import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `astro sync` and `astro build` write the content store. */
export const builtStore = 'node_modules/.astro/data-store.json';
/** Where Astro reads it when running under vitest. */
export const vitestStore = '.astro/data-store.json';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the built store is missing or older than anything the content layer reads. */
export function contentStoreIsStale(root: string): boolean {
  const store = join(root, builtStore);
  if (!existsSync(store)) return true;
  const inputs = [
    process.env['SITE_CONTENT_DIR'] ?? 'content',
    process.env['SITE_DATA_DIR'] ?? 'data',
    'src/content.config.ts',
    'src/lib',
  ];
  const newestInput = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  return newestInput > statSync(store).mtimeMs;
}

/** Copies the built store to where vitest looks for it (toolchain.md). */
export function publishContentStore(root: string): void {
  const from = join(root, builtStore);
  if (!existsSync(from)) return;
  const to = join(root, vitestStore);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
