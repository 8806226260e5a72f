/**
 * The indicator page's charts in Chromium under the site's CSP: server-drawn SVG, the
 * municipality picker by keyboard with its address and history, the keyboard tooltip, the
 * SVG/PNG/CSV downloads, the page without JavaScript, and the embed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.ts';
import type { PageSession } from '../support/browser.ts';

const PAGE = '/indikatorer/mm13/';
const FIGURE = '#mm13-udvikling';
const PICKER = '#mm13-udvikling-picker';

let browser: Browser;
let session: PageSession;
beforeAll(async () => {
  browser = await launchBrowser();
  session = await newPage(browser, { width: 1280 });
});
afterAll(async () => {
  await session.close();
  await browser.close();
});

function expectNoProblems(): void {
  const { consoleErrors, failedRequests, cspViolations, externalRequests } = session.problems;
  expect([...consoleErrors, ...failedRequests, ...cspViolations, ...externalRequests]).toEqual([]);
}

/** Presses Tab until the focused element matches, as a keyboard user would get there. */
async function tabTo(selector: string, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await session.page.keyboard.press('Tab');
    if (await session.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

const chartTitle = (): Promise<string> => session.page.locator(`${FIGURE} .chart-title`).innerText();
const seriesShown = (): Promise<string[]> =>
  session.page
    .locator(`${FIGURE} svg.chart-svg`)
    .filter({ visible: true })
    .locator('[data-series]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-series') ?? ''));

describe(PAGE, () => {
  test('has every chart as SVG in the HTML, before any script runs', async () => {
    const html = await (await fetch(new URL(PAGE, inject('baseUrl')))).text();
    for (const id of ['mm13-udvikling', 'mm13-placering', 'mm13-rettelser']) {
      const figure =
        new RegExp(`<figure class="chart-figure" id="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      expect(figure, id).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg"/);
      expect(figure, id).toContain('Eksempeldata – ikke officielle tal');
    }
  });

  test('picking Aarhus by keyboard redraws the chart and sets ?kommune=751 without a reload', async () => {
    await session.visit(PAGE);
    await session.page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await tabTo(PICKER);
    await session.page.keyboard.type('Aarhus');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\?kommune=751$/);
    await expect.poll(chartTitle).toContain('Aarhus');
    expect(await seriesShown()).toEqual(['000', '751']);
    expect(await session.page.evaluate(() => 'notReloaded' in window)).toBe(true);
    expect(await session.page.locator('.kommune-picker-status').innerText()).toContain('Aarhus');
    expectNoProblems();
  });

  test('back and forward restore the chart of each address', async () => {
    await session.page.goBack();
    await expect.poll(() => session.page.url()).not.toContain('kommune=');
    await expect.poll(chartTitle).toBe('Selvforsørgende flygtninge i hele landet');
    expect(await seriesShown()).toEqual(['000']);
    await session.page.goForward();
    await expect.poll(chartTitle).toContain('Aarhus');
    expect(await session.page.locator(PICKER).inputValue()).toBe('751');
  });

  test('an address with ?kommune=751 opens on Aarhus', async () => {
    await session.visit(`${PAGE}?kommune=751`);
    await expect.poll(chartTitle).toContain('Aarhus');
    expect(await session.page.locator(PICKER).inputValue()).toBe('751');
    expectNoProblems();
  });

  test('the tooltip shows a value when the chart gets keyboard focus', async () => {
    await session.visit(PAGE);
    await tabTo(`${FIGURE} svg.chart-svg`);
    const box = session.page.locator(`${FIGURE} .chart-tooltip-box`);
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.innerText()).toMatch(/december 2024\s+Hele landet: \d+,\d pct\./);
    await session.page.keyboard.press('ArrowLeft');
    expect(await box.innerText()).toContain('november 2024');
  });

  test('SVG, PNG and CSV downloads give files, and the CSV holds the numbers shown', async () => {
    await session.visit(`${PAGE}?kommune=751`);
    await expect.poll(chartTitle).toContain('Aarhus');
    const download = async (kind: string): Promise<{ name: string; bytes: Buffer }> => {
      const [file] = await Promise.all([
        session.page.waitForEvent('download'),
        session.page.locator(`${FIGURE} button[data-download="${kind}"]`).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const svg = await download('svg');
    expect(svg.name).toBe('mm13-751.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
    // It travels alone, so it carries its title, sample label, source, data date and address.
    for (const part of [
      'Selvforsørgende flygtninge',
      'Eksempeldata – ikke officielle tal',
      'Kilde: Jobindsats.dk (MM13)',
      'data pr. ',
      '/indikatorer/mm13/?kommune=751',
    ]) {
      expect(text).toContain(part);
    }
    const png = await download('png');
    expect(png.name).toBe('mm13-751.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const csv = await download('csv');
    expect(csv.name).toBe('mm13-751.csv');
    const [comment, header, ...rows] = csv.bytes.toString('utf8').trimEnd().split('\n');
    expect(comment).toBe('# Eksempeldata – ikke officielle tal');
    expect(header).toBe('periode,Aarhus,Hele landet');
    const shown = await session.page
      .locator(`${FIGURE} table.chart-table tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [
            (tr as HTMLElement).dataset['key'] ?? '',
            ...[...tr.querySelectorAll('td')].map((td) => td.dataset['value'] ?? ''),
          ].join(','),
        ),
      );
    expect(rows).toEqual(shown);
    expect(rows).toHaveLength(72);
    expect(rows.at(-1)).toMatch(/^2024-12,\d+(\.\d)?,\d+(\.\d)?$/);
    expectNoProblems();
  });
});

describe(`${PAGE} without JavaScript`, () => {
  let plain: PageSession;
  beforeAll(async () => {
    plain = await newPage(browser, { width: 375, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await plain.close();
  });

  test('shows the national series and links to every municipality page', async () => {
    await plain.visit(`${PAGE}?kommune=751`);
    expect(await plain.page.locator(`${FIGURE} .chart-title`).innerText()).toBe(
      'Selvforsørgende flygtninge i hele landet',
    );
    expect(await plain.page.locator(`${FIGURE} svg.chart-svg`).filter({ visible: true }).count()).toBe(1);
    expect(await plain.page.locator('.municipality-links a[href^="/kommuner/"]').count()).toBe(98);
    expect(await plain.page.locator('.municipality-links a[href="/kommuner/aarhus/"]').count()).toBe(1);
    expect(
      await plain.page.locator(`form.kommune-picker[action="/kommuner/"] select[name="kommune"]`).count(),
    ).toBe(1);
  });
});

describe('/embed/mm13/', () => {
  test('renders the chart with source, sample label and a link back, and may be framed', async () => {
    const response = await session.visit('/embed/mm13/');
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    const figure = session.page.locator('#mm13-graf');
    expect(await figure.locator('svg.chart-svg').filter({ visible: true }).count()).toBe(1);
    expect(await figure.locator('.sample-label').innerText()).toBe('Eksempeldata – ikke officielle tal');
    expect(await figure.locator('.chart-source').innerText()).toContain('Jobindsats.dk (MM13)');
    expect(await session.page.locator('a[href="/indikatorer/mm13/"]').count()).toBe(1);
    expect(await session.page.locator('header, nav, footer').count()).toBe(0);
    expectNoProblems();
  });

  test('opens on the municipality in ?kommune=', async () => {
    await session.visit('/embed/mm13/?kommune=751');
    await expect.poll(() => session.page.locator('#mm13-graf .chart-title').innerText()).toContain('Aarhus');
    expectNoProblems();
  });

  // The embeds are left out of the sitemap, so the site-wide axe gate does not visit them.
  test('has no axe violations, redrawn or not', async () => {
    for (const path of ['/embed/mm13/', '/embed/mm13/?kommune=751']) {
      await session.visit(path);
      await expect
        .poll(() => session.page.locator('#mm13-graf svg.chart-svg').filter({ visible: true }).count())
        .toBe(1);
      const results = await new AxeBuilder({ page: session.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
  });
});
