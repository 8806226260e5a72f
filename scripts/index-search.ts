/**
 * Builds the Danish Pagefind index of a built site: `npm run build` runs it after `astro build`.
 * Alone: `node scripts/index-search.ts --outDir dist`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, DEFAULT_EXCLUDE } from '../src/integrations/pagefind.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
await buildSearchIndex(
  resolve(values.outDir),
  { info: (message: string) => console.log(`[pagefind] ${message}`) },
  DEFAULT_EXCLUDE,
);
