import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../../../src/lib/data/import/read-table.ts';
import { readSource } from '../../../../../src/lib/data/import/sources.ts';
import { toObservations } from '../../../../../src/lib/data/import/to-observations.ts';
import { columnLetter } from '../../../../../src/lib/data/import/workbook.ts';
import { parseSnapshot } from '../../../../../src/lib/data/snapshot.ts';
import { COUNTRY_CODES, COUNTRY_NAMES } from '../../../../../src/lib/data/whole-country.ts';
import { areaCodes, areaTable } from '../../../../support/area-table.ts';

const formats = 'tests/fixtures/data/formats';
const bytes = (name: string): Buffer => readFileSync(`${formats}/${name}`);
const options = { unit: 'pct', periodicity: 'month', areas: areaTable } as const;

describe('Excel workbooks (.xlsx)', () => {
  it('read to the same observations as the equivalent CSV and the canonical snapshot', async () => {
    const table = await readTable(bytes('spreadsheet.xlsx'));
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, sheet: 'MM13', headerPosition: 3 });
    const fromWorkbook = toObservations(table, { file: 'spreadsheet.xlsx', ...options });
    expect(fromWorkbook).toEqual(
      toObservations(readSource(bytes('spreadsheet.csv')), { file: 'spreadsheet.csv', ...options }),
    );
    expect(fromWorkbook).toEqual(
      parseSnapshot(readFileSync(`${formats}/expected.csv`, 'utf8'), {
        file: 'expected.csv',
        unit: 'pct',
        areaCodes,
      }),
    );
  });

  it('keep cell types: real numbers, Danish text numbers and Excel dates', async () => {
    const { rows, positions } = await readTable(bytes('spreadsheet.xlsx'));
    expect(rows[0]!.slice(0, 4)).toEqual(['Hele landet', new Date(Date.UTC(2024, 0, 1)), 47.3, 39812]);
    expect(rows[3]!.slice(2, 4)).toEqual(['45,1', '3.012']);
    expect(positions.slice(8, 10)).toEqual([12, 14]);
  });

  it('read every spelling of the whole country as 000, one sheet each', async () => {
    const spellings = [...COUNTRY_NAMES, ...COUNTRY_CODES, 'tallet 0'];
    for (const sheet of spellings) {
      const table = await readTable(bytes('whole-country.xlsx'), { sheet });
      expect(
        toObservations(table, { file: 'whole-country.xlsx', unit: 'pct', areas: areaTable }).map(
          (row) => row.area,
        ),
        sheet,
      ).toEqual(['000']);
    }
  });

  it('name the sheets when the one asked for is missing', async () => {
    await expect(readTable(bytes('spreadsheet.xlsx'), { sheet: 'Data' })).rejects.toThrow(
      "has no sheet 'Data'; its sheets are 'MM13', 'Ark2'",
    );
  });

  it('refuse --sheet for text files and old .xls workbooks', async () => {
    await expect(readTable(bytes('spreadsheet.csv'), { sheet: 'MM13' })).rejects.toThrow(
      'is not an Excel workbook, so --sheet does not apply',
    );
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTable(xls)).rejects.toThrow(
      'is an old Excel workbook (.xls); save it as .xlsx or CSV and import that',
    );
  });

  it('name columns by their letters', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
