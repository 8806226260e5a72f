// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeBlockIds } from './src/lib/content/rehype-block-ids.ts';

/** The public origin; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://beskaeftigelsesmaal.dk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx({ rehypePlugins: [rehypeBlockIds] })],
  vite: {
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
