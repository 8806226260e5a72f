/**
 * Every page (see browserSample) loads in Chromium under the real headers with
 * no console errors, failed requests, CSP violations or requests that leave the
 * test server, and never scrolls sideways at 375 or 320 px; one page of each
 * type loads cleanly at 1280 px too. Screenshots of each type at 375 and
 * 1280 px go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect } from 'vitest';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';
import { assertNone } from '../support/report.ts';
import { browserSample, screenshotName } from '../support/sample.ts';
import { onePerType, pageType, sitemapUrls } from '../support/site.ts';

const pages = browserSample(sitemapUrls());
const screenshotPages = new Set(onePerType(pages));
const screenshotDir = 'test-results/screenshots';

// One page for the whole file, resized before each visit.
test.override('sessionOptions', { width: 375 });

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

/** The outermost elements that stick out past the right edge, named well enough to find them. */
async function overflowingElements(session: PageSession): Promise<string[]> {
  return session.page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    const sticksOut = (element: Element | null): boolean =>
      element !== null && element.getBoundingClientRect().right > limit + 1;
    return [...document.querySelectorAll('body *')]
      .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
      .slice(0, 5)
      .map((element) => {
        const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
        const right = Math.round(element.getBoundingClientRect().right);
        const text = (element.textContent ?? '').trim().slice(0, 50);
        return `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> "${text}" reaches ${right}px of ${limit}px`;
      });
  });
}

/** The problems a visit recorded, one line each. */
function problemsOf(session: PageSession): string[] {
  const { consoleErrors, failedRequests, cspViolations, externalRequests } = session.problems;
  return [
    ...consoleErrors.map((text) => `console error: ${text}`),
    ...failedRequests.map((text) => `failed request: ${text}`),
    ...cspViolations.map((text) => `CSP violation: ${text}`),
    ...externalRequests.map((text) => `request to another origin: ${text}`),
  ];
}

async function resize(session: PageSession, width: number): Promise<void> {
  await session.page.setViewportSize({ width, height: 800 });
  await session.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
}

function screenshotPath(urlPath: string, width: number): string {
  return `${screenshotDir}/${screenshotName(pageType(urlPath))}-${width}.png`;
}

// One load per page at phone width, then the same page narrowed to 320 px.
describe('every page on a phone (375 and 320 px)', () => {
  test.for(pages)('%s loads cleanly and never scrolls sideways', async (urlPath, { session }) => {
    await resize(session, 375);
    const response = await session.visit(urlPath);
    expect(response?.status(), `HTTP status of ${urlPath}`).toBe(200);
    assertNone(`${urlPath} at 375px: problems while loading`, problemsOf(session));
    assertNone(`${urlPath} scrolls sideways at 375px`, await overflowingElements(session));
    if (screenshotPages.has(urlPath))
      await session.page.screenshot({ path: screenshotPath(urlPath, 375), fullPage: true });
    await resize(session, 320);
    assertNone(`${urlPath} scrolls sideways at 320px`, await overflowingElements(session));
  });
});

describe('one page of each type on a desktop (1280 px)', () => {
  test.for([...screenshotPages])('%s loads cleanly', async (urlPath, { session }) => {
    await resize(session, 1280);
    const response = await session.visit(urlPath);
    expect(response?.status(), `HTTP status of ${urlPath}`).toBe(200);
    assertNone(`${urlPath} at 1280px: problems while loading`, problemsOf(session));
    await session.page.screenshot({ path: screenshotPath(urlPath, 1280), fullPage: true });
  });
});

describe('a missing page', () => {
  test('answers 404 with the site’s own page and loads cleanly', async ({ openPage }) => {
    const session = await openPage({ width: 375 });
    const response = await session.visit('/findes-ikke-endnu/');
    expect(response?.status()).toBe(404);
    expect(await session.page.locator('main h1').count()).toBe(1);
    const consoleErrors = session.problems.consoleErrors.filter((text) => !/status of 404/.test(text));
    assertNone('problems on the 404 page', [...consoleErrors, ...session.problems.failedRequests]);
  });
});

describe('a table wider than a phone', () => {
  test('keeps its whole caption on screen at 320 px, also when scrolled sideways', async ({ openPage }) => {
    const session = await openPage({ width: 320 });
    await session.visit('/regioner/');
    const scroller = session.page.locator('.table-scroll').first();
    const fits = (): Promise<boolean> =>
      scroller.evaluate((element) => {
        const caption = element.querySelector('caption')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return caption.left >= box.left - 1 && caption.right <= box.right + 1;
      });
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await fits()).toBe(true);
    await scroller.evaluate((element) => element.scrollBy(200, 0));
    expect(await fits()).toBe(true);
  });
});
