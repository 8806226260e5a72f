/**
 * axe-core finds no WCAG 2.2 AA violation on any page: every page while the
 * site is small, else one of each type plus an even, deterministic spread
 * (AXE_PAGE_LIMIT, default AXE_SAMPLE_SIZE, which the accessibility statement
 * quotes; 0 for all). When the CSS has a dark scheme, one page of each type is
 * checked in it as well.
 */
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { walkFiles } from '../../scripts/lib/built-pages.ts';
import { AXE_SAMPLE_SIZE } from '../../src/lib/about/accessibility-checks.ts';
import { axeViolations } from '../support/axe.ts';
import { test } from '../support/browser-test.ts';
import { assertNone } from '../support/report.ts';
import { browserSample, limitFromEnv } from '../support/sample.ts';
import { distDir, onePerType, sitemapUrls } from '../support/site.ts';

const pages = browserSample(sitemapUrls(), limitFromEnv('AXE_PAGE_LIMIT', AXE_SAMPLE_SIZE));
const hasDarkScheme = walkFiles(distDir())
  .filter((file) => file.endsWith('.css'))
  .some((file) => /prefers-color-scheme:\s*dark/.test(readFileSync(file, 'utf8')));

const schemes = [
  { scheme: 'light' as const, urls: pages },
  ...(hasDarkScheme ? [{ scheme: 'dark' as const, urls: onePerType(pages) }] : []),
];

describe.for(schemes)('axe in the $scheme colour scheme', ({ scheme, urls }) => {
  test.for(urls)('%s has no violations', async (urlPath, { session }) => {
    await session.page.emulateMedia({ colorScheme: scheme });
    await session.visit(urlPath);
    assertNone(`axe violations on ${urlPath} (${scheme})`, await axeViolations(session.page));
  });
});
