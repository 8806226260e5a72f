import Papa from 'papaparse';
import { jobindsatsPeriod } from '../data/period.ts';
import type { ChartTable } from './chart-table.ts';

/** The two CSV files every chart figure offers. */
export type TableCsvFormat = 'csv' | 'excel';

export interface TableCsvOptions {
  /**
   * For sample data, the text of a "bemærkning" column on every row (never a comment line): the
   * figure's source line, as the snapshots' Excel files have it; absent for real data.
   */
  note?: string | undefined;
}

/** The column that marks sample data, in the clean file and in the Excel file. */
const SAMPLE_COLUMN = { csv: 'bemaerkning', excel: 'Bemærkning' } as const;

/**
 * The table as a clean CSV for Python, R and pandas: the header on the first line, commas,
 * a decimal point, empty where a value is absent, UTF-8 without BOM, CRLF (RFC 4180).
 */
export function tableToCsv(table: ChartTable, options: TableCsvOptions = {}): string {
  return `${Papa.unparse(tableRows(table, 'csv', options), { newline: '\r\n' })}\r\n`;
}

/**
 * The table for Danish Excel, as the snapshots' -excel.csv files: UTF-8 with BOM, semicolons,
 * decimal commas, CRLF, and periods spelt "2024M05" so that Excel does not turn them into dates.
 */
export function tableToExcelCsv(table: ChartTable, options: TableCsvOptions = {}): string {
  const rows = tableRows(table, 'excel', options);
  return `\ufeff${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** Either file by format, for the callers that offer both. */
export function tableCsv(table: ChartTable, format: TableCsvFormat, options: TableCsvOptions = {}): string {
  return format === 'excel' ? tableToExcelCsv(table, options) : tableToCsv(table, options);
}

function tableRows(table: ChartTable, format: TableCsvFormat, { note }: TableCsvOptions): string[][] {
  const number = format === 'excel' ? excelNumber : plainNumber;
  const isPeriod = table.keyColumn === 'periode';
  const key = (text: string): string => (format === 'excel' && isPeriod ? jobindsatsPeriod(text) : text);
  const header = [
    table.keyColumn,
    ...(table.csvKeepsHeader ? table.columns : table.columns.slice(1)),
    ...(note ? [SAMPLE_COLUMN[format]] : []),
  ];
  const rows = table.rows.map((row) => [
    key(row.key),
    ...(table.csvKeepsHeader ? [row.header] : []),
    ...row.cells.map((cell) => number(cell.value)),
    ...(note ? [note] : []),
  ]);
  return [header, ...rows];
}

/** Twelve significant digits: a difference such as 0.4000000000000036 reads 0.4. */
const plainNumber = (value: number | null): string => (value === null ? '' : String(+value.toPrecision(12)));
const excelNumber = (value: number | null): string => plainNumber(value).replace('.', ',');
