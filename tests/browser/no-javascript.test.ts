/** Every page type works without JavaScript: the main content is there and readable. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.ts';
import type { PageSession } from '../support/browser.ts';
import { onePerType, sitemapUrls } from '../support/site.ts';

let browser: Browser;
let session: PageSession;
beforeAll(async () => {
  browser = await launchBrowser();
  session = await newPage(browser, { width: 375, javaScriptEnabled: false });
});
afterAll(async () => {
  await session.close();
  await browser.close();
});

test.for(onePerType(sitemapUrls()))('%s shows its content with JavaScript disabled', async (urlPath) => {
  const response = await session.visit(urlPath);
  expect(response?.status()).toBe(200);
  const main = session.page.locator('main');
  await expect.poll(() => main.count()).toBe(1);
  expect(await main.locator('h1').first().isVisible(), 'a visible h1 in <main>').toBe(true);
  expect((await main.innerText()).trim().length, 'text in <main>').toBeGreaterThan(40);
});
