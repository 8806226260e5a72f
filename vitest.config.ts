/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Golden files and date formatting must not depend on the machine: every test process (the
// workers inherit this environment) runs in UTC with the C locale.
process.env['TZ'] = 'UTC';
process.env['LC_ALL'] = 'C.UTF-8';
process.env['LANG'] = 'C.UTF-8';

/**
 * Two projects. `unit` needs no build: pure modules and components through the
 * Astro container. `site` builds the site once (tests/setup/site.ts), serves
 * dist/ and runs the site-wide gates and browser tests against it.
 * Timeouts are generous: CI has two cores.
 */
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['**/*.site.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/**/*.site.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Browser files share one Chromium and the machine has two cores.
          maxWorkers: 2,
          // A lazy chunk or a fetch can take seconds on a loaded two-core machine; polls wait for
          // it (vitest's default is one second) and still fail when the page never gets there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
