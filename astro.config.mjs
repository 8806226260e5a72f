// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { blockIdsPlugin } from './src/lib/content/block-ids-plugin.ts';
import ogImages from './src/integrations/og-images.ts';
import pagefind from './src/integrations/pagefind.ts';

/** The public origin; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://beskaeftigelsesmaal.dk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The letters are quoted word for word: no typographic rewriting of quotes or dashes.
    processor: satteri({ hastPlugins: [blockIdsPlugin], features: { smartPunctuation: false } }),
  },
  integrations: [
    mdx(),
    // Embeds are fragments for other sites' iframes, not pages to index.
    sitemap({ filter: (page) => !/^\/(?:embed\/|404\/?$)/.test(new URL(page).pathname) }),
    // Renders the preview-image SVGs of src/pages/og/ to PNG.
    ogImages(),
    // Last, so it indexes the finished pages.
    pagefind(),
  ],
  vite: {
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
