/**
 * The indicator page's charts in Chromium under the site's CSP: server-drawn SVG, the
 * municipality picker by keyboard with its address and history, the keyboard tooltip, the
 * SVG/PNG/CSV downloads, the page without JavaScript, and the embed.
 */
import Papa from 'papaparse';
import { describe, expect, inject } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';

const PAGE = '/indikatorer/mm13/';
const FIGURE = '#mm13-udvikling';
const PICKER = '#mm13-udvikling-picker';

function expectNoProblems(session: PageSession): void {
  const { consoleErrors, failedRequests, cspViolations, externalRequests } = session.problems;
  expect([...consoleErrors, ...failedRequests, ...cspViolations, ...externalRequests]).toEqual([]);
}

/** Presses Tab until the focused element matches, as a keyboard user would get there. */
async function tabTo(session: PageSession, selector: string, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await session.page.keyboard.press('Tab');
    if (await session.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

const chartTitle = (session: PageSession): Promise<string> =>
  session.page.locator(`${FIGURE} .chart-title`).innerText();
const seriesShown = (session: PageSession): Promise<string[]> =>
  session.page
    .locator(`${FIGURE} svg.chart-svg`)
    .filter({ visible: true })
    .locator('[data-series]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-series') ?? ''));

/** Each drawing a figure shows: whether the browser redrew it, and the series it draws. */
const drawingsShown = (
  session: PageSession,
  figure: string,
): Promise<{ redrawn: boolean; series: string[] }[]> =>
  session.page
    .locator(`${figure} svg.chart-svg`)
    .filter({ visible: true })
    .evaluateAll((drawings) =>
      drawings.map((drawing) => ({
        redrawn: drawing.closest('.chart-variant')?.classList.contains('is-exact') ?? false,
        series: [...drawing.querySelectorAll('[data-series]')].map(
          (g) => g.getAttribute('data-series') ?? '',
        ),
      })),
    );

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

  test('picking Aarhus by keyboard redraws the chart and sets ?kommune=751 without a reload', async ({
    session,
  }) => {
    await session.visit(PAGE);
    await session.page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await tabTo(session, PICKER);
    await session.page.keyboard.type('Aarhus');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\?kommune=751$/);
    await expect.poll(() => chartTitle(session)).toContain('Aarhus');
    expect(await seriesShown(session)).toEqual(['000', '751']);
    expect(await session.page.evaluate(() => 'notReloaded' in window)).toBe(true);
    expect(await session.page.locator('.kommune-picker-status').innerText()).toContain('Aarhus');
    expectNoProblems(session);
  });

  test('back and forward restore the chart of each address', async ({ session }) => {
    await session.page.goBack();
    await expect.poll(() => session.page.url()).not.toContain('kommune=');
    await expect.poll(() => chartTitle(session)).toBe('Selvforsørgende flygtninge i hele landet');
    expect(await seriesShown(session)).toEqual(['000']);
    await session.page.goForward();
    await expect.poll(() => chartTitle(session)).toContain('Aarhus');
    expect(await session.page.locator(PICKER).inputValue()).toBe('751');
  });

  test('an address with ?kommune=751 opens on Aarhus', async ({ session }) => {
    await session.visit(`${PAGE}?kommune=751`);
    await expect.poll(() => chartTitle(session)).toContain('Aarhus');
    expect(await session.page.locator(PICKER).inputValue()).toBe('751');
    expectNoProblems(session);
  });

  test('the tooltip shows a value when the chart gets keyboard focus', async ({ session }) => {
    await session.visit(PAGE);
    await tabTo(session, `${FIGURE} svg.chart-svg`);
    const box = session.page.locator(`${FIGURE} .chart-tooltip-box`);
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.innerText()).toMatch(/december 2024\s+Hele landet: \d+,\d pct\./);
    await session.page.keyboard.press('ArrowLeft');
    expect(await box.innerText()).toContain('november 2024');
  });

  test('SVG, PNG and CSV downloads give files, and the CSV holds the numbers shown', async ({ session }) => {
    await session.visit(`${PAGE}?kommune=751`);
    await expect.poll(() => chartTitle(session)).toContain('Aarhus');
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
      'data pr. ',
      '/indikatorer/mm13/?kommune=751',
    ]) {
      expect(text).toContain(part);
    }
    // Generated figures name the measure they were modelled on, never Jobindsats as their source.
    expect(text).toMatch(/Eksempeldata, dannet efter Jobindsats(?:'|&#39;|&apos;) måling MM13/);
    expect(text).not.toContain('Kilde');
    const png = await download('png');
    expect(png.name).toBe('mm13-751.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const csv = await download('csv');
    expect(csv.name).toBe('mm13-751-eksempeldata.csv');
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8'), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...withLabel] = parsed.data;
    expect(header).toEqual(['periode', 'Aarhus', 'Hele landet', 'bemaerkning']);
    expect(
      withLabel.every((row) => row.at(-1) === "Eksempeldata, dannet efter Jobindsats' måling MM13"),
    ).toBe(true);
    const rows = withLabel.map((row) => row.slice(0, -1).join(','));
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
    const excel = await download('excel');
    expect(excel.name).toBe('mm13-751-excel-eksempeldata.csv');
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelRows = Papa.parse<string[]>(excel.bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(excelRows.meta.delimiter).toBe(';');
    expect(excelRows.data[0]).toEqual(['periode', 'Aarhus', 'Hele landet', 'Bemærkning']);
    expect(
      excelRows.data.slice(1).map((row) => row.slice(1, -1).map((cell) => cell.replace(',', '.'))),
    ).toEqual(withLabel.map((row) => row.slice(1, -1)));
    expectNoProblems(session);
  });
});

describe(`${PAGE} on a touch screen`, () => {
  /** The shown drawing's box and the period the tooltip names after `act` at a share of its width. */
  async function periodAt(session: PageSession, share: number, act: (x: number, y: number) => Promise<void>) {
    const svg = session.page.locator(`${FIGURE} svg.chart-svg`).filter({ visible: true });
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error('no chart on screen');
    await act(box.x + box.width * share, box.y + box.height * 0.5);
    const label = session.page.locator(`${FIGURE} .chart-tooltip-box strong`);
    await expect.poll(() => label.isVisible()).toBe(true);
    return label.innerText();
  }

  const shares = [0.2, 0.45, 0.7, 0.9];

  test('a tap shows the period under the finger, as the mouse does at the same place', async ({
    openPage,
  }) => {
    const phone = await openPage({ width: 390, height: 844, touch: true });
    const mouse = await openPage({ width: 390, height: 844 });
    await phone.visit(PAGE);
    await mouse.visit(PAGE);
    const tapped: string[] = [];
    const hovered: string[] = [];
    for (const share of shares) {
      tapped.push(await periodAt(phone, share, (x, y) => phone.page.touchscreen.tap(x, y)));
      hovered.push(await periodAt(mouse, share, (x, y) => mouse.page.mouse.move(x, y)));
    }
    expect(tapped).toEqual(hovered);
    expect(new Set(tapped).size).toBe(shares.length);
    expectNoProblems(phone);
  });

  test('dragging a finger sideways moves the tooltip to the period under it', async ({ openPage }) => {
    const phone = await openPage({ width: 390, height: 844, touch: true });
    await phone.visit(PAGE);
    const cdp = await phone.context.newCDPSession(phone.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    // Tapped last, the far end is where a drag that moved nothing would leave the tooltip.
    const tapAtStart = await periodAt(phone, 0.25, (x, y) => phone.page.touchscreen.tap(x, y));
    const tapAtEnd = await periodAt(phone, 0.85, (x, y) => phone.page.touchscreen.tap(x, y));
    const dragged = await periodAt(phone, 0.25, async (x, y) => {
      const svg = await phone.page.locator(`${FIGURE} svg.chart-svg`).filter({ visible: true }).boundingBox();
      const from = (svg?.x ?? 0) + (svg?.width ?? 0) * 0.85;
      await touch('touchStart', from, y);
      for (let step = 1; step <= 5; step += 1) await touch('touchMove', from + ((x - from) * step) / 5, y);
      await touch('touchEnd', x, y);
    });
    expect(tapAtEnd).not.toBe(tapAtStart);
    expect(dragged).toBe(tapAtStart);
    expectNoProblems(phone);
  });
});

describe(`${PAGE} without JavaScript`, () => {
  test('shows the national series and links to every municipality page', async ({ openPage }) => {
    const plain = await openPage({ width: 375, javaScriptEnabled: false });
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
  test('renders the chart with source, sample label and a link back, and may be framed', async ({
    session,
  }) => {
    const response = await session.visit('/embed/mm13/');
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    const figure = session.page.locator('#mm13-graf');
    expect(await figure.locator('svg.chart-svg').filter({ visible: true }).count()).toBe(1);
    expect(await figure.locator('.sample-label').innerText()).toBe('Eksempeldata – ikke officielle tal');
    expect(await figure.locator('.chart-source').innerText()).toContain(
      "Eksempeldata, dannet efter Jobindsats' måling MM13",
    );
    expect(await figure.locator('.sample-label a').getAttribute('href')).toBe('/om/eksempeldata/');
    expect(await session.page.locator('a[href="/indikatorer/mm13/"]').count()).toBe(1);
    expect(await session.page.locator('header, nav, footer').count()).toBe(0);
    expectNoProblems(session);
  });

  test('opens on the municipality in ?kommune=', async ({ session }) => {
    await session.visit('/embed/mm13/?kommune=751');
    await expect.poll(() => session.page.locator('#mm13-graf .chart-title').innerText()).toContain('Aarhus');
    expectNoProblems(session);
  });

  // The embeds are left out of the sitemap, so the site-wide axe gate does not visit them.
  test('has no axe violations, redrawn or not', async ({ session }) => {
    const cases = [
      { path: '/embed/mm13/', shown: { series: ['000'] } },
      // The municipality's chart is drawn in the browser after load, in place of the server's
      // national one: axe must wait for that drawing, or it checks the chart being replaced.
      { path: '/embed/mm13/?kommune=751', shown: { redrawn: true, series: ['000', '751'] } },
    ];
    for (const { path, shown } of cases) {
      await session.visit(path);
      await expect
        .poll(() => drawingsShown(session, '#mm13-graf'), { message: `the chart shown on ${path}` })
        .toEqual([expect.objectContaining(shown)]);
      expect((await axeViolations(session.page)).map((violation) => `${path}: ${violation}`)).toEqual([]);
    }
  });
});
