/**
 * Renders the preview images of a built site (og/*.svg to PNG): `npm run build` runs it after
 * `astro build`. Alone: `node scripts/render-og-images.ts --outDir dist`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderPreviewImages } from '../src/integrations/og-images.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
await renderPreviewImages(resolve(values.outDir), pathToFileURL(`${process.cwd()}/`), {
  info: (message: string) => console.log(`[og-images] ${message}`),
});
