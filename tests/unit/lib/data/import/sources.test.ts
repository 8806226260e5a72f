import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../../src/lib/data/import/sources.ts';
import { toObservations } from '../../../../../src/lib/data/import/to-observations.ts';
import { parseSnapshot } from '../../../../../src/lib/data/snapshot.ts';
import { areaCodes, areaTable } from '../../../../support/area-table.ts';

const formats = 'tests/fixtures/data/formats';
const expected = parseSnapshot(readFileSync(`${formats}/expected.csv`, 'utf8'), {
  file: 'expected.csv',
  unit: 'pct',
  areaCodes,
});
const read = (name: string): ReturnType<typeof readSource> => readSource(readFileSync(`${formats}/${name}`));

describe('readSource and toObservations', () => {
  it.each([
    ['api-v2.json', 'jobindsats-v2', 'utf-8'],
    ['api-v3.json', 'jobindsats-v3', 'utf-8'],
    ['spreadsheet.csv', 'csv', 'windows-1252'],
  ])('read %s (%s, %s) to the same observations as the other formats', (name, format, encoding) => {
    const table = read(name);
    expect(table).toMatchObject({ format, encoding });
    expect(
      toObservations(table, { file: name, unit: 'pct', periodicity: 'month', areas: areaTable }),
    ).toEqual(expected);
  });

  it('reads UTF-8 with a BOM, commas and quoted fields', () => {
    const text = '\ufeffOmråde,Periode,Andel\r\n"Høje Taastrup","2024M01","47.5"\r\n';
    const table = readSource(new TextEncoder().encode(text));
    expect(table.columns).toEqual([['Område'], ['Periode'], ['Andel']]);
    expect(toObservations(table, { file: 'x.csv', unit: 'pct', areas: areaTable })).toEqual([
      { area: '169', period: '2024-01', value: 47.5, numerator: null, denominator: null, status: 'ok' },
    ]);
  });

  it('counts lines through quoted line breaks and skips blank lines', () => {
    const text = 'Område;Periode;Andel;Note\n101;2024M01;1;"two\nlines"\n\n999;2024M01;1;\n';
    const table = readSource(new TextEncoder().encode(text));
    expect(table.positions).toEqual([2, 5]);
    expect(() => toObservations(table, { file: 'x.csv', unit: 'pct', areas: areaTable })).toThrow(
      /^x\.csv line 5: unknown area '999'/,
    );
  });

  it('turns marks into statuses: ".." suppressed, "-" and empty missing', () => {
    const text = 'Område;Periode;Andel\n101;2024M01;..\n147;2024M01;-\n151;2024M01;\n';
    const statuses = toObservations(readSource(new TextEncoder().encode(text)), {
      file: 'x.csv',
      unit: 'pct',
      areas: areaTable,
    }).map((row) => row.status);
    expect(statuses).toEqual(['suppressed', 'missing', 'missing']);
  });
});
