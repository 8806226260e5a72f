/** Every page type works without JavaScript: the main content is there and readable. */
import { expect } from 'vitest';
import { test } from '../support/browser-test.ts';
import { onePerType, sitemapUrls } from '../support/site.ts';

test.override('sessionOptions', { width: 375, javaScriptEnabled: false });

test.for(onePerType(sitemapUrls()))(
  '%s shows its content with JavaScript disabled',
  async (urlPath, { session }) => {
    const response = await session.visit(urlPath);
    expect(response?.status()).toBe(200);
    const main = session.page.locator('main');
    await expect.poll(() => main.count()).toBe(1);
    expect(await main.locator('h1').first().isVisible(), 'a visible h1 in <main>').toBe(true);
    expect((await main.innerText()).trim().length, 'text in <main>').toBeGreaterThan(40);
  },
);
