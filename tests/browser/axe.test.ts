/**
 * axe-core finds no WCAG 2.2 AA violation on any page: every page while the
 * site is small, else one of each type plus an even, deterministic spread
 * (AXE_PAGE_LIMIT, default 40; 0 for all). When the CSS has a dark scheme, one
 * page of each type is checked in it as well.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { walkFiles } from '../../scripts/lib/built-pages.ts';
import { launchBrowser, newPage } from '../support/browser.ts';
import type { PageSession } from '../support/browser.ts';
import { assertNone } from '../support/report.ts';
import { browserSample, limitFromEnv } from '../support/sample.ts';
import { distDir, onePerType, sitemapUrls } from '../support/site.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = browserSample(sitemapUrls(), limitFromEnv('AXE_PAGE_LIMIT', 40));
const hasDarkScheme = walkFiles(distDir())
  .filter((file) => file.endsWith('.css'))
  .some((file) => /prefers-color-scheme:\s*dark/.test(readFileSync(file, 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function violations(session: PageSession, urlPath: string): Promise<string[]> {
  await session.visit(urlPath);
  const results = await new AxeBuilder({ page: session.page }).withTags(tags).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}` +
        `${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n\s*/g, ' ')}` : ''}`,
    ),
  );
}

const schemes = [
  { scheme: 'light' as const, urls: pages },
  ...(hasDarkScheme ? [{ scheme: 'dark' as const, urls: onePerType(pages) }] : []),
];

describe.for(schemes)('axe in the $scheme colour scheme', ({ scheme, urls }) => {
  let session: PageSession;
  beforeAll(async () => {
    session = await newPage(browser, { width: 1280 });
    await session.page.emulateMedia({ colorScheme: scheme });
  });
  afterAll(async () => {
    await session.close();
  });

  test.for(urls)('%s has no violations', async (urlPath) => {
    assertNone(`axe violations on ${urlPath} (${scheme})`, await violations(session, urlPath));
  });
});
