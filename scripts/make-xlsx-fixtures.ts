// Writes the small .xlsx test fixtures with write-excel-file, so each cell's type (number, text,
// Excel date) is deliberate. Run after changing them:
//   node --experimental-strip-types scripts/make-xlsx-fixtures.ts
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { COUNTRY_CODES, COUNTRY_NAMES } from '../src/lib/data/whole-country.ts';

type Cell = string | number | Date | null | { value: Date; type: DateConstructor; format: string };
interface Sheet {
  sheet: string;
  data: Cell[][];
}

const FIXTURES = 'tests/fixtures/data';
const month = (number: number): Cell => ({
  value: new Date(Date.UTC(2024, number - 1, 1)),
  type: Date,
  format: 'mmm yyyy',
});
const NOTE = 'diskretioneret; under 5';

/** The figures of formats/spreadsheet.csv as an analyst's workbook: a title, real numbers, Danish text numbers and Excel dates. */
const spreadsheet: Sheet[] = [
  {
    sheet: 'MM13',
    data: [
      ['Andel selvforsørgende flygtninge og familiesammenførte (MM13)'],
      [],
      ['Kommune', 'Periode', 'Andel (pct.)', 'Tæller', 'Nævner', 'Bemærkning'],
      ['Hele landet', month(1), 47.3, 39812, 84172, null],
      ['Hele landet', month(2), 47.5, 40011, 84230, null],
      ['Hele landet', month(3), 47.9, 40390, 84321, null],
      ['Nordjylland', 'januar 2024', '45,1', '3.012', '6.678', null],
      ['Nordjylland', 'feb 2024', '45,4', '3.040', '6.696', null],
      ['Nordjylland', '2024-03', '45,2', '3.031', '6.706', null],
      ['0101', '2024M01', 48.1, 6879, 14295, null],
      ['0101', '2024M02', 48.2, 6833, 14185, null],
      ['0101', '2024M03', 48.6, 7179, 14786, null],
      [],
      [751, month(1), '46,0', 2101, 4567, null],
      [751, month(2), '46,2', 2113, 4574, null],
      [751, month(3), '46,5', 2130, 4581, null],
      ['Læsø', '2024M01', '..', '..', '..', NOTE],
      ['Læsø', '2024M02', '..', '..', '..', NOTE],
      ['Læsø', '2024M03', 40, 8, 20, null],
    ],
  },
  { sheet: 'Ark2', data: [] },
];

/** One sheet per spelling of the whole country, plus the number 0 a spreadsheet leaves of "000". */
const wholeCountry: Sheet[] = [...COUNTRY_NAMES, ...COUNTRY_CODES, 0].map((spelling) => ({
  sheet: typeof spelling === 'number' ? `tallet ${spelling}` : spelling,
  data: [
    ['Område', 'Periode', 'Andel'],
    [spelling, '2024M01', 47.3],
  ],
}));

const codes = (rows: Cell[][]): Sheet[] => [
  { sheet: 'Data', data: [['Kommunekode', 'Periode', 'Andel (pct.)'], ...rows] },
];

const files: Record<string, Sheet[]> = {
  'formats/spreadsheet.xlsx': spreadsheet,
  'formats/whole-country.xlsx': wholeCountry,
  'bad/xlsx-text-in-number.xlsx': codes([
    [101, '2024M01', 48.1],
    [751, '2024M01', 'abc'],
  ]),
  'bad/xlsx-unknown-municipality.xlsx': codes([
    [101, '2024M01', 48.1],
    [999, '2024M01', 40],
  ]),
  'bad/xlsx-empty-sheet.xlsx': [{ sheet: 'Ark1', data: [] }],
  'bad/xlsx-several-sheets.xlsx': [
    ...codes([[101, '2024M01', 48.1]]),
    { sheet: 'Noter', data: [['Kilde', 'Jobindsats.dk']] },
  ],
};

for (const [name, sheets] of Object.entries(files)) {
  await writeExcelFile(sheets).toFile(join(FIXTURES, name));
  console.log(`wrote ${join(FIXTURES, name)}`);
}
