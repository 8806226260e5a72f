import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GoalRow } from '../../../../src/lib/content/goal-rows.ts';
import {
  goalsCsv,
  goalsExcelCsv,
  goalsJson,
  goalsResources,
} from '../../../../src/lib/years/goals-dataset.ts';

const row = (fields: Partial<GoalRow>): GoalRow => ({
  year: 2019,
  number: 3,
  goal_id: 'flygtninge-selvforsoergelse',
  goal_name: 'Flygtninge',
  wording: 'Flere flygtninge, og familiesammenførte, skal være "selvforsørgende"',
  paraphrase: null,
  certainty: 'gengivet',
  status: 'stood',
  source_title: 'Selveje Danmark; mål for 2019',
  source_url: 'https://selveje.dk/',
  carried_on: false,
  ...fields,
});
const rows = [
  row({}),
  row({
    year: 2011,
    number: null,
    wording: null,
    paraphrase: 'Omskrevet',
    status: 'announced',
    carried_on: null,
  }),
];

describe('goalsCsv', () => {
  it('writes a CSV a parser reads back to the same cells, commas and quotes included', () => {
    const parsed = Papa.parse<Record<string, string>>(goalsCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toMatchObject({ wording: rows[0]!.wording, number: '3', carried_on: 'false' });
    expect(parsed.data[1]).toMatchObject({
      wording: '',
      number: '',
      paraphrase: 'Omskrevet',
      carried_on: '',
    });
  });
});

describe('goalsExcelCsv', () => {
  it('writes Danish headers, semicolons, BOM and CRLF, with stod/varslet and ja/nej', () => {
    const text = goalsExcelCsv(rows);
    expect(
      text.startsWith(
        '\ufeffÅr;Nr.;Mål-id;Mål;Ordlyd;Omskrivning;Sikkerhed;Status;Kilde;Kildens adresse;Videreført\r\n',
      ),
    ).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.data.map((cells) => [cells['Status'], cells['Videreført']])).toEqual([
      ['stod', 'nej'],
      ['varslet', ''],
    ]);
    expect(parsed.data[0]?.['Kilde']).toBe('Selveje Danmark; mål for 2019');
  });
});

describe('goalsJson', () => {
  it('holds the rows under goals with the licence', () => {
    expect(goalsJson(rows)).toMatchObject({ licence: 'CC-BY-4.0', goals: rows });
  });
});

describe('goalsResources', () => {
  const resources = goalsResources({
    csv: 'maal.csv',
    excelCsv: 'maal-excel.csv',
    json: 'maal.json',
    yearsPage: 'https://example.dk/aar/',
    letters: [{ year: 2023, title: 'Brevet', path: 'breve/2023.txt', page: 'https://example.dk/2023/' }],
  });

  it('describes maal.csv with a Table Schema whose fields are its columns, keyed by year and goal', () => {
    const maal = resources.find((resource) => resource.name === 'maal');
    expect(maal?.profile).toBe('tabular-data-resource');
    if (maal?.profile !== 'tabular-data-resource') return;
    const header = goalsCsv([]).trim().split(',');
    expect(maal.schema.fields.map((field) => field.name)).toEqual(header);
    expect(maal.schema.primaryKey).toEqual(['year', 'goal_id']);
    expect(maal.schema.fields.find((field) => field.name === 'certainty')?.constraints?.enum).toEqual([
      'ministeriet',
      'gengivet',
      'overskrift',
      'omskrivning',
    ]);
  });

  it('lists the Excel CSV, the JSON and each letter as files', () => {
    expect(resources.map((resource) => [resource.name, resource.path])).toEqual([
      ['maal', 'maal.csv'],
      ['maal-excel', 'maal-excel.csv'],
      ['maal-json', 'maal.json'],
      ['brev-2023', 'breve/2023.txt'],
    ]);
  });
});
