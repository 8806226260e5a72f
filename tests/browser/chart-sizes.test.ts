/**
 * Charts as a reader sees them, on every page type with a chart, at phone to desktop widths,
 * with and without JavaScript: each chart text renders at 11-20 CSS px (font size times the
 * drawing's scale), stays inside its drawing, no chart is wider than the screen, and each
 * chart shows its source and sample label once. Then the JavaScript a chart page loads before
 * any interaction, and what a resize adds.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { test } from '../support/browser-test.ts';
import { fileForUrlPath } from '../support/site.ts';

const PAGES = [
  '/',
  '/indikatorer/mm13/',
  '/kommuner/aarhus/',
  '/kommuner/aarhus/flygtninge-selvforsoergelse/',
  '/regioner/region-midtjylland/',
  '/maal/flygtninge-selvforsoergelse/',
  '/embed/mm13/',
];
const WIDTHS = [320, 390, 768, 1280, 1440];

/** Every problem a reader would see in the page's charts, as sentences. */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`);
    }
    const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
    if (figures.length === 0) problems.push('no chart on the page');
    for (const figure of figures) {
      const shown = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      if (shown.length !== 1) problems.push(`${figure.id}: ${shown.length} drawings shown, not 1`);
      const onScreen = figure.innerText;
      for (const [what, pattern] of [
        ['source', /Kilde:|Eksempeldata, dannet efter/g],
        ['sample label', /Eksempeldata – ikke officielle tal/g],
      ] as const) {
        const count = onScreen.match(pattern)?.length ?? 0;
        if (count !== 1) problems.push(`${figure.id}: ${what} shown ${count} times`);
      }
      for (const svg of shown) {
        const box = svg.getBoundingClientRect();
        if (box.right > viewport + 0.5)
          problems.push(`${figure.id}: chart ends at ${box.right} > ${viewport}`);
        const scale = box.width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          const label = `${figure.id} "${text.textContent}"`;
          if (size < 11 || size > 20) problems.push(`${label}: ${size.toFixed(1)} px`);
          const t = text.getBoundingClientRect();
          if (
            t.left < box.left - 0.5 ||
            t.right > box.right + 0.5 ||
            t.top < box.top - 0.5 ||
            t.bottom > box.bottom + 0.5
          ) {
            problems.push(`${label}: outside its drawing`);
          }
        }
      }
    }
    return problems;
  });
}

for (const javaScriptEnabled of [true, false]) {
  describe(`chart text and size, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    for (const width of WIDTHS) {
      test(`at ${width} px every chart text is 11-20 px, inside its chart, shown once`, async ({
        openPage,
      }) => {
        const session = await openPage({ width, javaScriptEnabled });
        const problems: string[] = [];
        for (const path of PAGES) {
          await session.visit(path);
          problems.push(...(await chartProblems(session.page)).map((p) => `${path} ${p}`));
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

function gzipBytes(urls: readonly string[]): number {
  return urls.reduce((sum, url) => {
    const file = fileForUrlPath(new URL(url).pathname);
    return sum + (file ? gzipSync(readFileSync(file)).length : 0);
  }, 0);
}

describe('JavaScript on a chart page', () => {
  test('stays within 15 KB gzip before any interaction; a resize redraws at the exact width', async ({
    openPage,
  }) => {
    const session = await openPage({ width: 390 });
    const scripts: string[] = [];
    session.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await session.visit('/kommuner/aarhus/');
    await session.page.waitForLoadState('networkidle');
    const before = gzipBytes(scripts);
    expect(before).toBeLessThanOrEqual(15 * 1024);
    await session.page.setViewportSize({ width: 700, height: 800 });
    await expect.poll(() => session.page.locator('.chart-variant.is-exact').count()).toBe(3);
    const widths = await session.page
      .locator('.chart-variant.is-exact svg')
      .evaluateAll((svgs) => svgs.map((svg) => (svg as SVGSVGElement).viewBox.baseVal.width));
    const column = await session.page
      .locator('.chart-frame')
      .first()
      .evaluate((frame) => frame.clientWidth);
    expect(widths).toEqual([column, column, column]);
    expect(await chartProblems(session.page)).toEqual([]);
    await session.page.waitForLoadState('networkidle');
    const after = gzipBytes(scripts);
    console.log(
      `[budget] /kommuner/aarhus/: ${before} B gzip before interaction, +${after - before} B after a resize`,
    );
    expect(session.problems.consoleErrors).toEqual([]);
  });
});
