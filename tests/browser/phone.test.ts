/**
 * The first screen of a phone (390 × 844): every page type's title is within the first 250 px,
 * every table either fits or scrolls in a named, focusable frame with its first column in view
 * and a cue at the edge, tables over time say their order, and a search's first result is
 * within the first 600 px with no hidden search words in its excerpt.
 */
import { describe, expect } from 'vitest';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';
import { assertNone } from '../support/report.ts';
import { onePerType, sitemapUrls } from '../support/site.ts';

const PHONE = { width: 390, height: 844 };
const H1_LIMIT = 250;
const FIRST_RESULT_LIMIT = 600;

/** One page of each type, and the two pages the issue measured. */
const pages = [...new Set([...onePerType(sitemapUrls()), '/kommuner/aarhus/', '/sammenlign/2019-2023/'])];

test.override('sessionOptions', PHONE);

/** What is wrong with each table on the page at phone width, one line per table. */
async function tableProblems(session: PageSession): Promise<string[]> {
  return session.page.evaluate(() => {
    // Tables behind "Se tallene som tabel" count as much as those in view.
    for (const details of document.querySelectorAll('details')) details.open = true;
    const limit = document.documentElement.clientWidth;
    const problems: string[] = [];
    const scrollsSideways = (element: HTMLElement): boolean =>
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) &&
      element.scrollWidth > element.clientWidth + 1;
    for (const [index, table] of [...document.querySelectorAll('table')].entries()) {
      const name = `table ${index + 1} (${table.caption?.textContent?.trim().slice(0, 60) ?? table.className})`;
      let frame: HTMLElement | null = table.parentElement;
      while (frame && !scrollsSideways(frame)) frame = frame.parentElement;
      if (!frame || frame === document.body || frame === document.documentElement) {
        const right = table.getBoundingClientRect().right;
        if (right > limit + 1) problems.push(`${name} reaches ${Math.round(right)} px of ${limit} px`);
        continue;
      }
      if (frame.getAttribute('tabindex') !== '0')
        problems.push(`${name}: its scroll frame has no tabindex="0"`);
      const label = frame.getAttribute('aria-label') ?? '';
      const labelledBy = frame.getAttribute('aria-labelledby');
      const named =
        label.trim() !== '' || (labelledBy !== null && document.getElementById(labelledBy) !== null);
      if (!named) problems.push(`${name}: its scroll frame has no accessible name`);
      if (!/gradient/.test(getComputedStyle(frame).backgroundImage))
        problems.push(`${name}: no cue (edge shadow) that it scrolls`);
      frame.scrollLeft = frame.scrollWidth;
      const frameLeft = frame.getBoundingClientRect().left;
      for (const row of table.rows) {
        const first = row.cells[0];
        if (first && Math.abs(first.getBoundingClientRect().left - frameLeft) > 1) {
          problems.push(`${name}: the first column scrolls out of view ("${first.textContent?.trim()}")`);
          break;
        }
      }
      frame.scrollLeft = 0;
    }
    return problems;
  });
}

describe('a phone at 390 × 844', () => {
  test.for(pages)(`%s has its h1 within ${H1_LIMIT} px`, async (urlPath, { session }) => {
    await session.visit(urlPath);
    const top = await session.page
      .locator('h1')
      .first()
      .evaluate((h1) => h1.getBoundingClientRect().top);
    expect(top, `top of the h1 on ${urlPath}`).toBeLessThanOrEqual(H1_LIMIT);
  });

  test.for(pages)(
    '%s has only tables that fit or scroll with a sticky first column',
    async (urlPath, { session }) => {
      await session.visit(urlPath);
      assertNone(`tables on ${urlPath} at 390 px`, await tableProblems(session));
    },
  );

  test('the history banner is one line that links to /historie/', async ({ session }) => {
    await session.visit('/2023/');
    const banner = session.page.locator('.history-banner p');
    const lineHeight = await banner.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    const { height } = (await banner.boundingBox()) ?? { height: Infinity };
    expect(height, 'banner text height').toBeLessThan(lineHeight * 1.5 + 16);
    expect(await session.page.locator('.history-banner a[href="/historie/"]').count()).toBe(1);
  });

  test('tables over time say their order or show the newest first', async ({ session }) => {
    await session.visit('/kommuner/aarhus/');
    const tables = await session.page.locator('table[data-key-column="periode"]').evaluateAll((all) =>
      all.map((table) => ({
        caption: table.querySelector('caption')?.textContent ?? '',
        keys: [...table.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-key') ?? ''),
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { caption, keys } of tables) {
      const newestFirst = (keys[0] ?? '') > (keys.at(-1) ?? '');
      expect(newestFirst || /først/.test(caption), `order of "${caption}"`).toBe(true);
    }
  });
});

describe('search on a phone', () => {
  const settled = (session: PageSession): Promise<void> =>
    expect
      .poll(() => session.page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/resultat|Ingen/);

  test.for(['aarhus', 'Århus', '751', 'flygtninge'])(
    `"%s": the first result starts within ${FIRST_RESULT_LIMIT} px, its excerpt without hidden search words`,
    async (query, { session }) => {
      await session.visit(`/soeg/?q=${encodeURIComponent(query)}`);
      await settled(session);
      const first = session.page.locator('.search-result').first();
      const top = await first.evaluate((result) => result.getBoundingClientRect().top);
      expect(top, `top of the first result for "${query}"`).toBeLessThanOrEqual(FIRST_RESULT_LIMIT);
      const excerpts = await session.page.locator('.search-result__excerpt').allTextContents();
      assertNone(
        `excerpts for "${query}" that start with hidden search words`,
        excerpts.filter((text) => /^\s*(Århus|751)\b/.test(text) || text.includes('~')),
      );
    },
  );

  test('the filters fold away on a phone and open when the URL sets one', async ({ session }) => {
    await session.visit('/soeg/?q=flygtninge');
    await settled(session);
    expect(await session.page.locator('#soeg-aar').isVisible()).toBe(false);
    await session.page.locator('.search-form__more summary').click();
    expect(await session.page.locator('#soeg-aar').isVisible()).toBe(true);
    await session.visit('/soeg/?q=flygtninge&aar=2023');
    await settled(session);
    expect(await session.page.locator('#soeg-aar').isVisible()).toBe(true);
  });

  test('the filters stay in view on a wide screen', async ({ openPage }) => {
    const wide = await openPage({ width: 1280 });
    await wide.visit('/soeg/?q=flygtninge');
    expect(await wide.page.locator('#soeg-aar').isVisible()).toBe(true);
    expect(await wide.page.locator('.search-form__more summary').isVisible()).toBe(false);
  });
});
