/**
 * The municipality pages in Chromium under the site's CSP: the /kommuner/ filter from the
 * keyboard alone, the chart picker's no-JavaScript landing (?kommune=751), and the comparison
 * kept in the address (?sammenlign=101,461), with and without JavaScript.
 */
import { describe, expect } from 'vitest';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';

const noScriptOptions = { width: 1280, javaScriptEnabled: false };

function expectNoProblems(s: PageSession): void {
  expect(s.problems.consoleErrors).toEqual([]);
  expect(s.problems.failedRequests).toEqual([]);
  expect(s.problems.cspViolations).toEqual([]);
}

/** Names of the municipalities the list shows. */
function visibleMunicipalities(s: PageSession): Promise<string[]> {
  return s.page.locator('li[data-code]:visible').allInnerTexts();
}

/** Codes of the series drawn in a chart. */
function seriesIn(s: PageSession, chart: string): Promise<string[]> {
  return s.page
    .locator(`#${chart} svg.chart-svg`)
    .filter({ visible: true })
    .locator('[data-series]')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-series') ?? ''));
}

describe('/kommuner/ filter', () => {
  test('typing "aar" from the keyboard leaves Aarhus alone, and Tab and Enter open its page', async ({
    session,
  }) => {
    await session.visit('/kommuner/');
    const input = session.page.locator('#kommune-filter-input');
    await expect.poll(() => input.isVisible()).toBe(true);
    for (let presses = 0; presses < 40; presses += 1) {
      if (await input.evaluate((element) => element === document.activeElement)) break;
      await session.page.keyboard.press('Tab');
    }
    expect(
      await input.evaluate((element) => element === document.activeElement),
      'the field is reached by Tab',
    ).toBe(true);
    await session.page.keyboard.type('aar');
    await expect.poll(() => visibleMunicipalities(session)).toEqual(['Aarhus']);
    expect(await session.page.locator('[data-filter-group]:visible h2').allInnerTexts()).toEqual([
      'Region Midtjylland',
    ]);
    expect(await session.page.locator('[data-filter-status]').textContent()).toBe('Viser 1 af 98 kommuner.');

    // The region heading link, then Aarhus.
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Aarhus');
    await Promise.all([session.page.waitForURL('**/kommuner/aarhus/'), session.page.keyboard.press('Enter')]);
    expectNoProblems(session);
  });

  test('emptying the field shows all 98 again', async ({ session }) => {
    await session.visit('/kommuner/');
    const input = session.page.locator('#kommune-filter-input');
    await input.focus();
    await session.page.keyboard.type('xyz');
    await expect.poll(() => visibleMunicipalities(session)).toEqual([]);
    expect(await session.page.locator('[data-filter-status]').textContent()).toBe('Ingen kommuner passer.');
    await input.fill('');
    await expect.poll(async () => (await visibleMunicipalities(session)).length).toBe(98);
  });

  test('without JavaScript the field is absent and the list holds all 98', async ({ openPage }) => {
    const noScript = await openPage(noScriptOptions);
    await noScript.visit('/kommuner/');
    expect(await noScript.page.locator('#kommune-filter-input').isVisible()).toBe(false);
    expect(await visibleMunicipalities(noScript)).toHaveLength(98);
  });

  test('a chart picker’s form submission (?kommune=751) goes on to the municipality’s page', async ({
    session,
  }) => {
    await session.visit('/kommuner/?kommune=751');
    await session.page.waitForURL('**/kommuner/aarhus/');
    expect(await session.page.locator('h1').textContent()).toBe('Aarhus');
  });
});

/** A chart's shown drawing: each series' line colour, dash and end marker, and the names on screen. */
function drawnSeries(
  s: PageSession,
  chart: string,
): Promise<{ looks: { color: string; dash: string; marker: string }[]; names: string[]; columns: string[] }> {
  return s.page
    .locator(`#${chart} svg.chart-svg`)
    .filter({ visible: true })
    .evaluate((svg) => ({
      looks: [...svg.querySelectorAll('[data-series]')].map((g) => {
        const line = g.querySelector('path[stroke]');
        return {
          color: line?.getAttribute('stroke') ?? '',
          dash: line?.getAttribute('stroke-dasharray') ?? 'solid',
          marker: g.querySelector('path[fill]:not([fill="none"])')?.getAttribute('d') ?? 'none',
        };
      }),
      names: [...svg.querySelectorAll('.chart-labels text, .chart-legend text')].map(
        (t) => t.textContent ?? '',
      ),
      columns: [...(svg.closest('figure')?.querySelectorAll('table.chart-table thead th') ?? [])]
        .slice(1)
        .map((th) => th.textContent ?? ''),
    }));
}

describe('every series of a comparison looks different and is named', () => {
  const compared = '/kommuner/aarhus/?sammenlign=101,730,746,185';
  for (const width of [390, 1280]) {
    test(`at ${width} px: the municipality, four compared, the region and the country`, async ({
      openPage,
    }) => {
      const session = await openPage({ width });
      await session.visit(compared);
      const chart = 'opkvalificering-graf';
      await expect.poll(async () => (await seriesIn(session, chart)).length).toBe(7);
      const { looks, names, columns } = await drawnSeries(session, chart);
      for (const key of ['color', 'dash', 'marker'] as const) {
        expect(new Set(looks.map((look) => look[key])).size, key).toBe(7);
      }
      expect(columns).toContain('Region Midtjylland');
      expect(names.sort()).toEqual(columns.sort());
      expectNoProblems(session);
    });
  }

  test('the picker says how many municipalities it takes', async ({ session }) => {
    await session.visit('/kommuner/aarhus/');
    expect(await session.page.locator('label[for="sammenlign-kommune"]').innerText()).toContain('højst 4');
  });
});

describe('comparison kept in the address', () => {
  const page = '/kommuner/aarhus/opkvalificering/';
  const chart = 'opkvalificering-graf';

  test('without the parameter the chart shows the municipality, its region and the country', async ({
    session,
  }) => {
    await session.visit(page);
    expect((await seriesIn(session, chart)).sort()).toEqual(['000', '1082', '751']);
  });

  test('?sammenlign=101,461 draws both into the chart and lists them', async ({ session }) => {
    await session.visit(`${page}?sammenlign=101,461`);
    await expect
      .poll(async () => (await seriesIn(session, chart)).sort())
      .toEqual(['000', '101', '1082', '461', '751']);
    expect(await session.page.locator('[data-compare-list] li').allInnerTexts()).toEqual([
      'København\nFjern',
      'Odense\nFjern',
    ]);
    expect(await session.page.locator(`#${chart} .chart-title`).textContent()).toContain(
      'sammenlignet med København, Odense',
    );
    expectNoProblems(session);
  });

  test('adding and removing from the keyboard updates the chart and the address', async ({ session }) => {
    await session.visit(`${page}?sammenlign=101`);
    await expect.poll(() => seriesIn(session, chart)).toContain('101');
    await session.page.locator('#sammenlign-kommune').focus();
    await session.page.locator('#sammenlign-kommune').selectOption('147');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => new URL(session.page.url()).search).toBe('?sammenlign=101,147');
    await expect.poll(() => seriesIn(session, chart)).toContain('147');

    await session.page.getByRole('button', { name: 'Fjern København fra sammenligningen' }).press('Enter');
    await expect.poll(() => new URL(session.page.url()).search).toBe('?sammenlign=147');
    await expect.poll(() => seriesIn(session, chart)).not.toContain('101');

    await session.page
      .getByRole('button', { name: 'Fjern Frederiksberg fra sammenligningen' })
      .press('Enter');
    await expect.poll(() => session.page.url()).toMatch(/\/opkvalificering\/$/);
    await expect.poll(async () => (await seriesIn(session, chart)).sort()).toEqual(['000', '1082', '751']);
    expectNoProblems(session);
  });

  test('the overview page compares in all three charts and keeps at most four', async ({ session }) => {
    await session.visit('/kommuner/aarhus/?sammenlign=101,147,151,153,155');
    for (const id of [
      'opkvalificering-graf',
      'flygtninge-selvforsoergelse-graf',
      'kvalificeret-arbejdskraft-graf',
    ]) {
      await expect
        .poll(async () => (await seriesIn(session, id)).sort(), { message: id })
        .toEqual(['000', '101', '1082', '147', '151', '153', '751']);
    }
  });

  test('without JavaScript the comparison panel stays hidden and the chart is the plain one', async ({
    openPage,
  }) => {
    const noScript = await openPage(noScriptOptions);
    await noScript.visit(`${page}?sammenlign=101`);
    expect(await noScript.page.locator('#sammenlign-kommune').isVisible()).toBe(false);
    expect((await seriesIn(noScript, chart)).sort()).toEqual(['000', '1082', '751']);
  });
});
