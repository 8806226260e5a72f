/**
 * The archive's own dataset: every goal of every year as /data/maal.csv, the same rows for Excel
 * and as JSON, the letters as text, all in /data/datapackage.json. The rows are checked against
 * the content files and against what the year pages show, the CSVs are read with a CSV parser,
 * and the data package is validated and its table read by Frictionless' own library.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import type { GoalYear } from '../../src/lib/content/goal-year-schema.ts';
import type { Letter } from '../../src/lib/content/letter-schema.ts';
import {
  ABOUT_PATH,
  DATAPACKAGE_PATH,
  GOALS_PATH,
  GOALS_CSV_PATH,
  GOALS_EXCEL_CSV_PATH,
  GOALS_JSON_PATH,
  LETTER_FRAGMENT,
  YEARS_PATH,
  letterTextPath,
  yearPath,
} from '../../src/lib/paths.ts';
import { getCollection, type TestEntry } from '../support/content.ts';
import { decodeEntities } from '../support/html.ts';
import { distDir, readBuilt } from '../support/site.ts';

type Row = Record<string, string>;

const built = (path: string): string => readFileSync(join(distDir(), path), 'utf8');
const parsed = (text: string, delimiter: string): { fields: string[]; rows: Row[] } => {
  const result = Papa.parse<Row>(text, { header: true, delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
};

const csv = parsed(built(GOALS_CSV_PATH), ',');
const letters = (await getCollection('letters')) as TestEntry<Letter>[];
const records = (await getCollection('goalYears')) as TestEntry<GoalYear>[];
const letterYears = new Set(letters.map(({ data }) => data.year));

/** What the content files say each row must be; a letter wins over a record of its year. */
const expected = [
  ...records
    .filter(({ data }) => !letterYears.has(data.year))
    .flatMap(({ data }) =>
      data.goals.map((goal) => ({
        year: data.year,
        goal: goal.goal,
        number: goal.number,
        wording: goal.wording,
        paraphrase: goal.paraphrase,
        certainty: goal.certainty,
        status: goal.status,
        url: data.sources[goal.source - 1]!.url,
        carriedOn: data.carriedOn,
      })),
    ),
  ...letters.flatMap(({ data }) =>
    data.goals.map((goal) => ({
      year: data.year,
      goal: goal.goal,
      number: goal.number,
      wording: goal.wording,
      paraphrase: null,
      certainty: 'ministeriet',
      status: 'stood',
      url: yearPath(data.year, LETTER_FRAGMENT),
      carriedOn: data.carriedOn,
    })),
  ),
];

const rowOf = (year: number, goal: string): Row | undefined =>
  csv.rows.find((row) => row['year'] === String(year) && row['goal_id'] === goal);
/** A source on this site is published with the site's address in front. */
const sameSource = (published: string | undefined, url: string): boolean =>
  url.startsWith('/')
    ? /^https?:\/\/[^/]+\//.test(published ?? '') && published!.endsWith(url)
    : published === url;
const cell = (value: string | number | boolean | null): string => (value === null ? '' : String(value));

describe(GOALS_CSV_PATH, () => {
  it('has the documented columns', () => {
    expect(csv.fields).toEqual([
      'year',
      'number',
      'goal_id',
      'goal_name',
      'wording',
      'paraphrase',
      'certainty',
      'status',
      'source_title',
      'source_url',
      'carried_on',
    ]);
  });

  it('holds one row per goal per year of the content files, no more', () => {
    expect(csv.rows).toHaveLength(expected.length);
  });

  it.for(expected.map((goal) => [`${goal.year} ${goal.goal}`, goal] as const))(
    'gives %s as the content file does',
    ([, goal]) => {
      const row = rowOf(goal.year, goal.goal);
      expect(row).toBeDefined();
      expect(row).toMatchObject({
        number: cell(goal.number),
        wording: cell(goal.wording),
        paraphrase: cell(goal.paraphrase),
        certainty: goal.certainty,
        status: goal.status,
        carried_on: cell(goal.carriedOn),
      });
      expect(sameSource(row?.['source_url'], goal.url), `${row?.['source_url']} is ${goal.url}`).toBe(true);
    },
  );

  it('names each goal as the registry does', async () => {
    const titles = new Map(
      (await getCollection('goals')).map((goal) => [goal.id, (goal.data as { title: string }).title]),
    );
    for (const row of csv.rows) expect(row['goal_name']).toBe(titles.get(row['goal_id'] ?? ''));
  });
});

describe('the year pages and the dataset', () => {
  const years = [...new Set(expected.map((goal) => goal.year))];

  it.for(years)(
    'every wording on /%s/ is in the dataset with its year and a source the page links',
    (year) => {
      const html = readBuilt(yearPath(year));
      const shown = [
        ...html.matchAll(/<q data-wording[^>]*>([^<]*)<\/q>/g),
        ...html
          .matchAll(/<ol class="goal-list"[\s\S]*?<\/ol>/g)
          .flatMap(([list]) => [...list.matchAll(/<a href="[^"]*"[^>]*>([^<]*)<\/a>/g)]),
      ].map((match) => decodeEntities(match[1] ?? ''));
      const inContent = expected.flatMap((goal) =>
        goal.year === year && goal.wording ? [goal.wording] : [],
      );
      expect(shown, `the wordings of ${year} on /${year}/`).toEqual(expect.arrayContaining(inContent));
      const hrefs = new Set(
        [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? '')),
      );
      for (const wording of shown) {
        const row = csv.rows.find(
          (candidate) => candidate['year'] === String(year) && candidate['wording'] === wording,
        );
        expect(row, `»${wording}« (${year})`).toBeDefined();
        // A source on this site is linked by its path, and the page's own letter by its anchor.
        const url = new URL(row?.['source_url'] ?? '');
        const sitePath = url.pathname + url.hash;
        const onPage =
          url.pathname === yearPath(year)
            ? html.includes(`id="${url.hash.slice(1)}"`)
            : hrefs.has(url.href) || hrefs.has(sitePath);
        expect(onPage, `${url.href} on /${year}/`).toBe(true);
      }
    },
  );
});

describe(GOALS_EXCEL_CSV_PATH, () => {
  const text = built(GOALS_EXCEL_CSV_PATH);

  it('is the Excel CSV the snapshots have: BOM, semicolons, CRLF', () => {
    expect(text.startsWith('\ufeffÅr;Nr.;Mål-id;Mål;Ordlyd;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
  });

  it('holds the rows of maal.csv, with stod/varslet and ja/nej', () => {
    const excel = parsed(text.slice(1), ';');
    expect(excel.rows).toHaveLength(csv.rows.length);
    const status: Row = { stood: 'stod', announced: 'varslet' };
    const yesNo: Row = { true: 'ja', false: 'nej', '': '' };
    excel.rows.forEach((row, i) => {
      const plain = csv.rows[i]!;
      expect(Object.values(row)).toEqual([
        ...Object.values(plain).slice(0, 7),
        status[plain['status'] ?? ''],
        plain['source_title'],
        plain['source_url'],
        yesNo[plain['carried_on'] ?? ''],
      ]);
    });
  });
});

describe(GOALS_JSON_PATH, () => {
  it('holds the rows of maal.csv with typed values', () => {
    const json = JSON.parse(built(GOALS_JSON_PATH)) as { licence: string; goals: Record<string, unknown>[] };
    expect(json.licence).toBe('CC-BY-4.0');
    expect(
      json.goals.map((goal) =>
        Object.fromEntries(Object.entries(goal).map(([k, v]) => [k, cell(v as string)])),
      ),
    ).toEqual(csv.rows);
  });
});

describe('the letters as text', () => {
  it.for(letters.map(({ data }) => [data.year, data] as const))(
    '/data/breve/%s.txt holds the letter word for word',
    ([year, data]) => {
      const text = built(letterTextPath(year));
      expect(text.startsWith(`${data.title}\n\n`)).toBe(true);
      for (const goal of data.goals) expect(text).toContain(goal.wording);
      expect(text.trimEnd().endsWith(`${data.sender.name}\n${data.sender.office}`)).toBe(true);
    },
  );
});

describe(DATAPACKAGE_PATH, () => {
  const path = join(distDir(), DATAPACKAGE_PATH);

  it('is a valid Frictionless data package listing the goals, the Excel CSV, the JSON and every letter', async () => {
    const pkg = await Package.load(path, { basePath: join(distDir(), 'data') });
    expect(pkg.errors.map((error) => error.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toEqual(
      expect.arrayContaining([
        'maal',
        'maal-excel',
        'maal-json',
        ...letters.map(({ data }) => `brev-${data.year}`),
      ]),
    );
    for (const resource of pkg.resources)
      expect(existsSync(join(distDir(), 'data', resource.descriptor.path as string)), resource.name).toBe(
        true,
      );
  });

  it('reads maal.csv through its Table Schema: types, required fields, enums, a unique key', async () => {
    const pkg = await Package.load(path, { basePath: join(distDir(), 'data') });
    const rows = (await pkg.getResource('maal')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(rows).toHaveLength(csv.rows.length);
    expect(rows.every((row) => typeof row['year'] === 'number')).toBe(true);
  });

  it('is linked from /aar/, /maal/ and /om/ with the goals files', () => {
    for (const page of [YEARS_PATH, GOALS_PATH, ABOUT_PATH]) {
      const html = readBuilt(page);
      for (const href of [GOALS_CSV_PATH, GOALS_EXCEL_CSV_PATH, GOALS_JSON_PATH, DATAPACKAGE_PATH])
        expect(html, `${href} on ${page}`).toContain(`href="${href}"`);
    }
  });
});
