/**
 * Search through the real /soeg/ page in Chromium, under the site's CSP, against the built
 * index: what a citizen or a journalist would type finds the right page among the first three,
 * the first search on a cold cache stays small, the URL holds the search, the hit is marked on
 * the page a result opens, and the page passes axe and works from the keyboard.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';
import { assertNone } from '../support/report.ts';

/** A query and the page that must be among its first three results. */
const QUERIES: [query: string, page: string][] = [
  ['flygtninge', '/maal/flygtninge-selvforsoergelse/'],
  ['værdig sagsbehandling 2023', '/2023/maal/vaerdig-sagsbehandling/'],
  ['kvalificeret arbejdskraft 2024', '/2024/maal/kvalificeret-arbejdskraft/'],
  ['Hummelgaard', '/2023/'],
  ['Torben', '/2024/'],
  ['Halsboe-Jørgensen', '/2024/'],
  ['handicap', '/maal/handicap-beskaeftigelse/'],
  ['opkvalificering', '/maal/opkvalificering/'],
  ['afskaffet', '/historie/'],
  ['lov 1656', '/historie/'],
  ['lovforslag L 75', '/historie/'],
  // What the site says about itself.
  ['tilgængelighedserklæring', '/tilgaengelighed/'],
  ['cookies', '/privatliv/'],
  ['ukrainere', '/2023/'],
  ['covid-19', '/2023/'],
  ['KL rundspørge', '/2023/'],
  ['nytænkning af beskæftigelsesindsatsen', '/2024/'],
  ['inflation', '/2024/'],
  // A part of a compound finds the compound: at its start (Pagefind's prefix search) …
  ['beskæftigelse', '/2023/'],
  ['arbejdskraft', '/maal/kvalificeret-arbejdskraft/'],
  ['flygtning', '/maal/flygtninge-selvforsoergelse/'],
  ['teknikergruppe', '/2023/'],
  // … and inside or at its end (the compound marks in the index).
  ['strømme', '/2023/'],
  ['sammenførte', '/2023/maal/flygtninge-selvforsoergelse/'],
  ['grundlag', '/2024/'],
  // "planer" is the end of "beskæftigelsesplaner"; /2010/ is about the municipalities' plans for the year.
  ['planer', '/2010/'],
  ['udvalgsformænd', '/2023/'],
  // Indicators, municipalities and regions.
  ['opkvalificering Aarhus', '/kommuner/aarhus/opkvalificering/'],
  ['flygtninge Odense', '/kommuner/odense/flygtninge-selvforsoergelse/'],
  ['handicap Vejle', '/kommuner/vejle/handicap-beskaeftigelse/'],
  ['Aarhus', '/kommuner/aarhus/'],
  ['kommunekode 751', '/kommuner/aarhus/'],
  ['Lyngby-Taarbæk', '/kommuner/lyngby-taarbaek/'],
  ['Region Midtjylland', '/regioner/region-midtjylland/'],
  ['MM17', '/indikatorer/mm17/'],
  ['andel ledige der starter opkvalificering', '/indikatorer/mm17/'],
  ['samarbejdsgrad', '/indikatorer/kvalificeret-arbejdskraft/'],
  // Names and codes the pages do not show: former names (data/reference/kommune-aliases.csv),
  // municipality and indicator codes, regions with or without "Region".
  ['Århus', '/kommuner/aarhus/'],
  ['Brønderslev-Dronninglund', '/kommuner/broenderslev/'],
  ['Dronninglund', '/kommuner/broenderslev/'],
  ['751', '/kommuner/aarhus/'],
  ['flygtninge 751', '/kommuner/aarhus/flygtninge-selvforsoergelse/'],
  ['MM13', '/indikatorer/mm13/'],
  ['mm17', '/indikatorer/mm17/'],
  ['Nordjylland', '/regioner/region-nordjylland/'],
  ['Region Syddanmark', '/regioner/region-syddanmark/'],
  // Goal numbers and years.
  ['mål 3', '/2024/maal/flygtninge-selvforsoergelse/'],
  ['maal 2', '/2024/maal/opkvalificering/'],
  ['mål nr. 4', '/2024/maal/handicap-beskaeftigelse/'],
  ['mål 4 2023', '/2023/maal/handicap-beskaeftigelse/'],
  ['mål 3 2019', '/2019/'],
  ['mål 2 2019', '/2019/'],
  ['2023', '/2023/'],
  ['2024', '/2024/'],
  // The archive's earlier years: their pages and every goal ever set, by its words.
  ['2018', '/2018/'],
  ['2013', '/2013/'],
  ['socialt bedrageri', '/maal/socialt-bedrageri/'],
  ['kontanthjælp', '/maal/kontanthjaelpsmodtagere/'],
  ['langtidsledighed', '/maal/langtidsledighed/'],
  ['førtidspension', '/maal/foertidspension/'],
  ['Mette Frederiksen', '/2013/'],
  // A goal and a place.
  ['opkvalificering Århus', '/kommuner/aarhus/opkvalificering/'],
  ['mål 3 Aarhus', '/kommuner/aarhus/flygtninge-selvforsoergelse/'],
  // Slips of the keyboard: the nearest words that occur are searched instead.
  ['opkvalifisering', '/maal/opkvalificering/'],
  ['forsorgelse', '/maal/flygtninge-selvforsoergelse/'],
  ['Bronderslev', '/kommuner/broenderslev/'],
  ['Torbn', '/2024/'],
  ['handicp', '/maal/handicap-beskaeftigelse/'],
  ['maal 2 opkvalifisering', '/2024/maal/opkvalificering/'],
];

/** A query and the page that must be its first result. */
const FIRST: [query: string, page: string][] = [
  ['opkvalificering Aarhus', '/kommuner/aarhus/opkvalificering/'],
  ['opkvalificering Århus', '/kommuner/aarhus/opkvalificering/'],
  ['Århus', '/kommuner/aarhus/'],
  ['Aarhus', '/kommuner/aarhus/'],
  ['2023', '/2023/'],
  ['2024', '/2024/'],
];

const COLD_SEARCH_BUDGET = 100 * 1024;

const status = (s: PageSession): ReturnType<PageSession['page']['locator']> =>
  s.page.locator('[data-search-status]');

/** Waits until the status line reports the search that the URL or the form asked for. */
async function settled(s: PageSession): Promise<string> {
  await expect.poll(() => status(s).textContent(), { timeout: 15_000 }).toMatch(/resultat|Ingen/);
  return (await status(s).textContent()) ?? '';
}

/** The result pages in order, as paths without the highlight parameter. */
async function resultPaths(s: PageSession): Promise<string[]> {
  const hrefs = await s.page
    .locator('.search-result__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://site').pathname);
}

/** Each result's year, as its type line shows it ("Mål · 2024 · …"); null for a result without one. */
async function resultYears(s: PageSession): Promise<(number | null)[]> {
  const metas = await s.page
    .locator('.search-result')
    .evaluateAll((results) =>
      results.map((result) => result.querySelector('.search-result__meta')?.textContent ?? ''),
    );
  return metas.map((meta) => {
    const year = meta.split(' · ').find((part) => /^\d{4}$/.test(part));
    return year === undefined ? null : Number(year);
  });
}

async function searchFor(s: PageSession, query: string): Promise<string[]> {
  await s.visit(`/soeg/?q=${encodeURIComponent(query)}`);
  await settled(s);
  return resultPaths(s);
}

describe('search quality', () => {
  test.for(QUERIES)('"%s" finds %s among the first three', async ([query, page], { session }) => {
    const top = (await searchFor(session, query)).slice(0, 3);
    expect(top, `first three results for "${query}"`).toContain(page);
  });

  test.for(FIRST)('"%s" finds %s first', async ([query, page], { session }) => {
    expect((await searchFor(session, query))[0]).toBe(page);
  });

  test('"mål 2" lists the latest year\'s goal 2 first, then earlier years\' goal 2', async ({ session }) => {
    // Goal 2 was opkvalificering in 2022-2024 and kvalificeret arbejdskraft in 2019.
    const paths = await searchFor(session, 'mål 2');
    expect(new Set(paths.slice(0, 2))).toEqual(
      new Set(['/2024/maal/opkvalificering/', '/maal/opkvalificering/']),
    );
    expect(paths[2]).toBe('/2023/maal/opkvalificering/');
    expect(paths[3]).toBe('/maal/kvalificeret-arbejdskraft/');
  });

  test('a compound is found by its parts and shown as written', async ({ session }) => {
    await searchFor(session, 'politiske');
    const text = await session.page.locator('.search-results').innerText();
    expect(text).toContain('beskæftigelsespolitiske');
    expect(text).not.toContain('~');
  });

  test('the page loads no Pagefind UI and breaks no CSP rule', ({ session }) => {
    assertNone('problems on /soeg/', [
      ...session.problems.cspViolations,
      ...session.problems.consoleErrors,
      ...session.problems.failedRequests,
      ...session.problems.externalRequests,
    ]);
  });
});

describe('the first search on a cold cache', () => {
  test(`fetches less than ${COLD_SEARCH_BUDGET / 1024} KB from /pagefind/, compressed as a host serves it`, async ({
    openPage,
  }) => {
    const cold = await openPage();
    const responses: Promise<{ url: string; raw: number; served: number }>[] = [];
    cold.page.on('response', (response: Response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      responses.push(
        response.body().then((body) => {
          // Pagefind's index files and wasm are gzip already; hosts compress JS, JSON and text.
          const compressible = /\.(js|json|txt)$/.test(new URL(response.url()).pathname);
          return {
            url: response.url(),
            raw: body.length,
            served: compressible ? gzipSync(body).length : body.length,
          };
        }),
      );
    });
    await cold.visit('/soeg/?q=flygtninge');
    await settled(cold);
    const fetched = await Promise.all(responses);
    const served = fetched.reduce((sum, file) => sum + file.served, 0);
    const raw = fetched.reduce((sum, file) => sum + file.raw, 0);
    console.log(
      `[search] first search: ${fetched.length} Pagefind files, ${(served / 1024).toFixed(1)} KB as served, ` +
        `${(raw / 1024).toFixed(1)} KB uncompressed`,
    );
    expect(fetched.some((file) => file.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The part of the vocabulary that checks the query's word loads with the first search and
    // counts towards it; the whole vocabulary loads only when a word must be corrected.
    expect(fetched.some((file) => file.url.endsWith('/pagefind/vocabulary/f.txt'))).toBe(true);
    expect(fetched.some((file) => file.url.endsWith('/pagefind/vocabulary.txt'))).toBe(false);
    expect(fetched.some((file) => /pagefind-(ui|component-ui|worker)/.test(file.url))).toBe(false);
    expect(served).toBeLessThan(COLD_SEARCH_BUDGET);
  });
});

describe('loading', () => {
  test('a blank search page loads no search code, only when the search field gets focus', async ({
    openPage,
  }) => {
    const fresh = await openPage();
    const requested: string[] = [];
    fresh.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.visit('/soeg/');
    await fresh.page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(requested.filter((path) => /\/(site|run)-search\./.test(path))).toEqual([]);
    await fresh.page.locator('#soeg-q').focus();
    // Pagefind loads on focus; the vocabulary's parts load with the query's words.
    await expect.poll(() => requested).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
  });
});

describe('"Mente du …?"', () => {
  const typo = '/soeg/?q=opkvalifisering&aar=2023';

  test('a query that finds nothing shows the results of the nearest words and says so', async ({
    session,
  }) => {
    await session.visit(typo);
    expect(await settled(session)).toMatch(
      /^Ingen resultater for »opkvalifisering« med de valgte filtre\. Mente du opkvalificering\? Viser i stedet \d+ resultater for »opkvalificering« med de valgte filtre\.$/,
    );
    const paths = await resultPaths(session);
    expect(paths).toContain('/2023/maal/opkvalificering/');
    for (const path of paths) expect(path).toMatch(/^\/2023\//);
  });

  test('the suggestion is a link in the live region that keeps the rest of the search in the URL', async ({
    session,
  }) => {
    await session.visit(typo);
    await settled(session);
    const region = session.page.getByRole('status');
    expect(await region.count()).toBe(1);
    const link = region.getByRole('link', { name: 'opkvalificering' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/soeg/?q=opkvalificering&aar=2023');
  });

  test('the suggestion is reached by Tab and followed with Enter', async ({ session }) => {
    const { page } = session;
    await session.visit(typo);
    await settled(session);
    await page.locator('#soeg-q').focus();
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('search-suggestion'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('opkvalificering');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/soeg\/\?q=opkvalificering&aar=2023$/);
    await expect
      .poll(() => status(session).textContent())
      .toMatch(/^\d+ resultater for »opkvalificering« med de valgte filtre\.$/);
    expect(await page.inputValue('#soeg-q')).toBe('opkvalificering');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('soeg-q');
    await page.goBack();
    await expect.poll(() => status(session).textContent()).toMatch(/^Ingen resultater for »opkvalifisering«/);
  });

  test('a query with few results keeps them and offers a nearer word', async ({ session }) => {
    // "vardig" shares its Danish stem with "Varde", so Pagefind finds Varde's pages.
    await session.visit('/soeg/?q=vardig%20sagsbehandling');
    expect(await settled(session)).toMatch(
      /^\d resultater? for »vardig sagsbehandling«\. Mente du værdig sagsbehandling\?$/,
    );
    expect(await resultPaths(session)).toContain('/kommuner/varde/');
  });

  test('a query the index holds gets no suggestion', async ({ session }) => {
    await searchFor(session, 'opkvalificering');
    expect(await session.page.locator('.search-suggestion').count()).toBe(0);
  });
});

describe('the search lives in the URL', () => {
  test('q and aar in the URL restore the search and its filter', async ({ session }) => {
    await session.visit('/soeg/?q=flygtninge&aar=2023');
    expect(await settled(session)).toMatch(/resultat.* for »flygtninge« med de valgte filtre/);
    expect(await session.page.inputValue('#soeg-q')).toBe('flygtninge');
    expect(await session.page.inputValue('#soeg-aar')).toBe('2023');
    const paths = await resultPaths(session);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^\/2023\//);
  });

  test('changing a filter updates the URL, and back and forward retrace the searches', async ({
    session,
  }) => {
    const { page } = session;
    await session.visit('/soeg/?q=flygtninge');
    const all = await settled(session);
    await page.selectOption('#soeg-aar', '2024');
    await expect.poll(() => page.url()).toMatch(/\/soeg\/\?q=flygtninge&aar=2024$/);
    await expect.poll(() => status(session).textContent()).toMatch(/med de valgte filtre/);
    const only2024 = (await status(session).textContent()) ?? '';
    for (const path of await resultPaths(session)) expect(path).toMatch(/^\/2024\//);

    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/soeg\/\?q=flygtninge$/);
    await expect.poll(() => status(session).textContent()).toBe(all);
    expect(await page.inputValue('#soeg-aar')).toBe('');

    await page.goForward();
    await expect.poll(() => status(session).textContent()).toBe(only2024);
    expect(await page.inputValue('#soeg-aar')).toBe('2024');
  });

  test('typing replaces the words in the URL', async ({ session }) => {
    const { page } = session;
    await session.visit('/soeg/');
    await page.fill('#soeg-q', 'Torben');
    await expect.poll(() => page.url()).toMatch(/\/soeg\/\?q=Torben$/);
    expect(await settled(session)).toContain('»Torben«');
  });

  test('sorting by year puts the newest year first, and results without a year after them', async ({
    session,
  }) => {
    await session.visit('/soeg/?q=ledige&sortering=nyeste');
    await settled(session);
    const years = await resultYears(session);
    const dated = years.filter((year) => year !== null);
    expect(dated.length, 'results with a year').toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    // Pagefind leaves pages without the sort key out of a sorted search; should it ever list
    // them, they belong after every dated result, not between them.
    expect(years.slice(0, dated.length), 'the dated results come first').toEqual(dated);
  });
});

describe('a result opens its page with the hit marked', () => {
  test('a paragraph link leads to the paragraph in the letter, with the word highlighted', async ({
    session,
  }) => {
    const { page } = session;
    await searchFor(session, 'ukrainere');
    const paragraph = page.locator('.search-result__parts a[href*="/2023/"][href*="#afsnit-"]').first();
    const target = new URL((await paragraph.getAttribute('href')) ?? '', 'http://site');
    await paragraph.click();
    await page.waitForURL((url) => url.pathname === '/2023/' && url.hash === target.hash);
    const marked = page.locator(`${target.hash} mark.pagefind-highlight`);
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect((await marked.first().textContent())?.toLowerCase()).toBe('ukrainere');
  });

  test('a part of a compound is marked inside the compound', async ({ session }) => {
    await session.visit('/2023/?pagefind-highlight=str%C3%B8mme');
    const marked = session.page.locator('mark.pagefind-highlight');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect(await marked.first().evaluate((mark) => mark.parentElement?.textContent)).toContain(
      'flygtningestrømme',
    );
  });

  test('pages opened without the parameter load no highlighter', async ({ openPage }) => {
    const plain = await openPage();
    const requested: string[] = [];
    plain.page.on('request', (request) => requested.push(request.url()));
    await plain.visit('/2023/');
    await plain.page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

describe('accessibility', () => {
  test.for(['flygtninge', 'opkvalifisering'])(
    'axe finds no WCAG 2.2 AA violation with results for "%s"',
    async (query, { session }) => {
      await searchFor(session, query);
      assertNone(`axe violations on /soeg/?q=${query}`, await axeViolations(session.page));
    },
  );

  test('the field is labelled and the result count is announced', async ({ session }) => {
    await searchFor(session, 'Torben');
    expect(await session.page.getByLabel('Søg i breve, mål, indikatorer og kommuner').count()).toBe(1);
    expect(await status(session).getAttribute('role')).toBe('status');
    expect(await status(session).textContent()).toBe('2 resultater for »Torben«.');
  });

  test('from the header of any page to a result by keyboard alone', async ({ session }) => {
    const { page } = session;
    await session.visit('/2023/');
    await page.locator('#header-q').focus();
    await page.keyboard.type('Torben');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/soeg\/\?q=Torben$/);
    await settled(session);
    // Tab from the search field through the filters to the first result.
    await page.locator('#soeg-q').focus();
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/2024\/\?/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/2024/');
  });
});

describe('without JavaScript', () => {
  test('the page says search needs it and links to the years and the goals', async ({ openPage }) => {
    const off = await openPage({ javaScriptEnabled: false });
    await off.visit('/soeg/?q=flygtninge');
    const main = off.page.locator('main');
    expect(await main.innerText()).toContain('Søgningen kræver JavaScript');
    for (const href of ['/2023/', '/2024/', '/maal/']) {
      expect(await main.locator(`a[href="${href}"]`).isVisible(), `link to ${href}`).toBe(true);
    }
    expect(await off.page.locator('#soeg-q').isVisible()).toBe(false);
  });
});
