// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public origin; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://beskaeftigelsesmaal.dk';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
