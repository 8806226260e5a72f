import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as paths from '../../../src/lib/paths.ts';

/** The URL contract: every path the site has published (tests/published-urls.txt). */
const published = new Set(
  readFileSync(new URL('../../published-urls.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/')),
);

describe('page paths', () => {
  it.each([
    ['HOME_PATH', paths.HOME_PATH],
    ['ABOUT_PATH', paths.ABOUT_PATH],
    ['HISTORY_PATH', paths.HISTORY_PATH],
    ['SEARCH_PATH', paths.SEARCH_PATH],
    ['ACCESSIBILITY_PATH', paths.ACCESSIBILITY_PATH],
    ['PRIVACY_PATH', paths.PRIVACY_PATH],
    ['NOT_FOUND_PATH', paths.NOT_FOUND_PATH],
    ['YEARS_PATH', paths.YEARS_PATH],
    ['GOALS_PATH', paths.GOALS_PATH],
    ['COMPARE_PATH', paths.COMPARE_PATH],
    ['INDICATORS_PATH', paths.INDICATORS_PATH],
    ['MUNICIPALITIES_PATH', paths.MUNICIPALITIES_PATH],
    ['REGIONS_PATH', paths.REGIONS_PATH],
    ['yearPath(2018)', paths.yearPath(2018)],
    ['yearGoalPath(2023, …)', paths.yearGoalPath(2023, 'opkvalificering')],
    ['goalPath(…)', paths.goalPath('opkvalificering')],
    ['comparePath(2023, 2024)', paths.comparePath(2023, 2024)],
    ['reversedComparePath(2023, 2024)', paths.reversedComparePath(2023, 2024)],
    ['GOALS_CSV_PATH', paths.GOALS_CSV_PATH],
    ['GOALS_EXCEL_CSV_PATH', paths.GOALS_EXCEL_CSV_PATH],
    ['GOALS_JSON_PATH', paths.GOALS_JSON_PATH],
    ['letterTextPath(2024)', paths.letterTextPath(2024)],
    ['indicatorPath(mm13)', paths.indicatorPath('mm13')],
    ['snapshotPath(mm13, …)', paths.snapshotPath('mm13', '2024-09-02')],
    ['embedPath(mm13)', paths.embedPath('mm13')],
    ['municipalityPath(aarhus)', paths.municipalityPath('aarhus')],
    ['municipalityPath(aarhus, …)', paths.municipalityPath('aarhus', 'opkvalificering')],
    ['regionPath(…)', paths.regionPath('region-midtjylland')],
    ['regionPath(…, …)', paths.regionPath('region-midtjylland', 'opkvalificering')],
    [
      'areaPath(municipality, …)',
      paths.areaPath({ kind: 'municipality', slug: 'aarhus' }, 'opkvalificering'),
    ],
    ['areaPath(region)', paths.areaPath({ kind: 'region', slug: 'region-midtjylland' })],
  ])('%s is a published URL', (_, path) => {
    expect(published).toContain(path);
  });

  it('puts a place on a year’s page after its path', () => {
    expect(paths.yearPath(2018, paths.LETTER_FRAGMENT)).toBe('/2018/#brevet');
    expect(paths.letterBlockPath(2023, 7)).toBe('/2023/#afsnit-7');
    expect(published).toContain(paths.letterBlockPath(2023, 7).split('#')[0]);
  });
});

it('gives the country no page of its own', () => {
  expect(() => paths.areaPath({ kind: 'country', slug: 'hele-landet' })).toThrow(/no page/);
});

describe('anchors', () => {
  it('names a letter block’s anchor afsnit-N and reads the number back', () => {
    expect(paths.blockId(7)).toBe('afsnit-7');
    expect(paths.blockIndexOf(paths.blockId(7))).toBe(7);
    expect(paths.blockIndexOf('brevet')).toBeUndefined();
  });

  it('names a goal chart apart from the goal’s own anchor', () => {
    expect(paths.chartId('opkvalificering')).toBe('opkvalificering-graf');
  });
});

describe('files', () => {
  it('names the downloads of an indicator and its snapshots', () => {
    expect(paths.indicatorDataPath('mm13')).toBe('/data/mm13.json');
    expect(paths.snapshotCsvPath('mm13', '2024-09-02')).toBe('/data/mm13/2024-09-02.csv');
    expect(paths.snapshotExcelCsvPath('mm13', '2024-09-02')).toBe('/data/mm13/2024-09-02-excel.csv');
    expect(paths.DATAPACKAGE_PATH).toBe('/data/datapackage.json');
  });

  it('names the goals dataset and the letters as text, and their paths beside datapackage.json', () => {
    expect(paths.GOALS_CSV_PATH).toBe('/data/maal.csv');
    expect(paths.letterTextPath(2023)).toBe('/data/breve/2023.txt');
    expect(paths.relativeToDataPackage(paths.letterTextPath(2023))).toBe('breve/2023.txt');
    expect(() => paths.relativeToDataPackage('/aar/')).toThrow(/not beside/);
  });

  it('points at the per-area chart JSON with a placeholder for the code', () => {
    expect(paths.areaDataUrl('mm13')).toBe('/data/mm13/kommune/{kommune}.json');
  });

  it('names a page’s preview image after the page', () => {
    expect(paths.ogImagePath('/kommuner/aarhus/')).toBe('/og/kommuner/aarhus.png');
    expect(paths.ogImagePath('/maal/opkvalificering/', 'svg')).toBe('/og/maal/opkvalificering.svg');
  });

  it('finds the built file that serves a path', () => {
    expect(paths.builtFile(paths.HOME_PATH)).toBe('index.html');
    expect(paths.builtFile(paths.SEARCH_PATH)).toBe('soeg/index.html');
    expect(paths.builtFile(paths.NOT_FOUND_PATH)).toBe('404.html');
  });
});

describe('the sitemap', () => {
  it('lists pages but not embeds or the 404 page', () => {
    expect(paths.inSitemap(paths.municipalityPath('aarhus'))).toBe(true);
    expect(paths.inSitemap(paths.embedPath('mm13'))).toBe(false);
    expect(paths.inSitemap(paths.NOT_FOUND_PATH)).toBe(false);
    expect(paths.inSitemap('/404/')).toBe(false);
  });

  it('leaves out a comparison with the later year first, which only redirects', () => {
    expect(paths.inSitemap(paths.comparePath(2019, 2023))).toBe(true);
    expect(paths.inSitemap(paths.reversedComparePath(2019, 2023))).toBe(false);
    expect(paths.reversedComparePath(2019, 2023)).toBe('/sammenlign/2023-2019/');
  });
});

describe('the year picker on /sammenlign/', () => {
  const picked = (query: string): string | undefined => paths.pickedComparePath(new URLSearchParams(query));

  it('leads two years to their comparison, the earlier year first', () => {
    expect(picked('fra=2019&til=2023')).toBe('/sammenlign/2019-2023/');
    expect(picked('fra=2023&til=2019')).toBe('/sammenlign/2019-2023/');
  });

  it('leads one year picked twice to its page', () => {
    expect(picked('fra=2023&til=2023')).toBe('/2023/');
  });

  it('leaves a query without two years alone', () => {
    expect(picked('')).toBeUndefined();
    expect(picked('fra=2019')).toBeUndefined();
    expect(picked('fra=2019&til=x')).toBeUndefined();
    expect(picked('fra=/evil&til=2019')).toBeUndefined();
  });
});
