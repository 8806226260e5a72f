// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { blockIdsPlugin } from './src/lib/content/block-ids-plugin.ts';
import { figureFilesIntegration } from './src/integrations/figure-files.ts';
import { securityTxtIntegration } from './src/integrations/security-txt.ts';
import { statementReviewIntegration } from './src/integrations/statement-review.ts';
import { inSitemap } from './src/lib/paths.ts';
import { completeSite } from './src/integrations/complete-site.ts';

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
    sitemap({ filter: (page) => inSitemap(new URL(page).pathname) }),
    securityTxtIntegration(),
    statementReviewIntegration(),
    figureFilesIntegration(),
    // Last, so the sitemap and the figures' files are written before the search index reads the pages.
    completeSite(),
  ],
  vite: {
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
