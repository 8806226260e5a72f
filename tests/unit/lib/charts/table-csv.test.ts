import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rankingTable, revisionTable, seriesTable } from '../../../../src/lib/charts/chart-table.ts';
import { tableToCsv, tableToExcelCsv } from '../../../../src/lib/charts/table-csv.ts';
import { percent, tableAarhus as aarhus, tableCountry as country } from './fixtures.ts';

const NOTE = "Eksempeldata, dannet efter Jobindsats' måling MM13";

describe('tableToCsv', () => {
  it('writes the header first, plain numbers with a decimal point and empty absent values, CRLF', () => {
    const csv = tableToCsv(seriesTable([aarhus, country], percent, 'x'));
    expect(csv).toBe('periode,Aarhus,Hele landet\r\n2024-04,,\r\n2024-05,34.2,31\r\n');
  });

  it('quotes fields that need it and keeps names for ranked tables', () => {
    const csv = tableToCsv(rankingTable([{ id: '1', label: 'By, "Nord"', value: 1.5 }], percent, 'x'));
    expect(csv).toBe('kode,Område,Placering,Værdi\r\n1,"By, ""Nord""",1,1.5\r\n');
  });

  it('marks sample data in a column on every row, never in a comment line', () => {
    const csv = tableToCsv(seriesTable([aarhus, country], percent, 'x'), { note: NOTE });
    expect(csv.startsWith('#')).toBe(false);
    const { data, errors } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data.map((row) => row['bemaerkning'])).toEqual([NOTE, NOTE]);
    expect(data[1]).toMatchObject({ periode: '2024-05', Aarhus: '34.2', 'Hele landet': '31' });
  });

  it('writes a difference as the number it is, not its floating-point noise', () => {
    const older = { ...aarhus, points: [{ period: '2024-05', value: 34.2 }] };
    const newer = { ...aarhus, points: [{ period: '2024-05', value: 34.6 }] };
    const csv = tableToCsv(revisionTable(older, newer, percent, 'x'));
    expect(csv.split('\r\n')[1]).toBe('2024-05,34.2,34.6,0.4');
  });
});

describe('tableToExcelCsv', () => {
  const csv = tableToExcelCsv(seriesTable([aarhus, country], percent, 'x'), { note: NOTE });

  it('is UTF-8 with BOM, semicolons, decimal commas and periods Excel keeps as text', () => {
    expect(csv.startsWith('\ufeffperiode;Aarhus;Hele landet;Bemærkning\r\n')).toBe(true);
    expect(csv).toContain(`\r\n2024M05;34,2;31;${NOTE}\r\n`);
  });

  it('reads back with a CSV parser as one header row and one row per period', () => {
    const { data, errors, meta } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.delimiter).toBe(';');
    expect(data).toEqual([
      ['periode', 'Aarhus', 'Hele landet', 'Bemærkning'],
      ['2024M04', '', '', NOTE],
      ['2024M05', '34,2', '31', NOTE],
    ]);
  });
});
