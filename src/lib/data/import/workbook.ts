import readXlsxFile from 'read-excel-file/node';
import { SourceError, type Locate } from '../errors.ts';
import type { RawTable } from './sources.ts';

type SheetData = Awaited<ReturnType<typeof readXlsxFile>>[number];

/** "A" for column 0, "AA" for column 26: the letters a spreadsheet shows above a column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) {
    letters = String.fromCharCode(65 + ((number - 1) % 26)) + letters;
  }
  return letters;
}

const isBlank = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const filledCells = (row: readonly unknown[]): number => row.filter((cell) => !isBlank(cell)).length;
const quoted = (sheets: readonly SheetData[]): string => sheets.map(({ sheet }) => `'${sheet}'`).join(', ');

/** The sheet asked for, or else the only sheet with data; a workbook with data on several sheets must say which. */
function pickSheet(sheets: readonly SheetData[], wanted: string | undefined): SheetData {
  if (wanted !== undefined) {
    const found = sheets.find(({ sheet }) => sheet === wanted);
    if (!found) throw new SourceError(null, `has no sheet '${wanted}'; its sheets are ${quoted(sheets)}`);
    return found;
  }
  const withData = sheets.filter(({ data }) => data.some((row) => filledCells(row) > 0));
  if (withData.length === 1) return withData[0]!;
  if (withData.length === 0)
    throw new SourceError(
      null,
      `has no data: ${sheets.length === 1 ? 'sheet' : 'sheets'} ${quoted(sheets)} ${sheets.length === 1 ? 'is' : 'are'} empty`,
    );
  throw new SourceError(null, `has data on the sheets ${quoted(withData)}; choose one with --sheet <name>`);
}

/**
 * One sheet as a table. The header is the first row with two or more filled cells, so a title
 * above it is skipped; blank rows are skipped; a value under no column name is refused.
 */
function sheetTable({ sheet, data }: SheetData): RawTable {
  const locate: Locate = (row, column) =>
    `sheet '${sheet}' row ${row}${column === undefined ? '' : ` column ${columnLetter(column)}`}`;
  const headerIndex = data.findIndex((row) => filledCells(row) >= 2);
  if (headerIndex === -1) {
    throw new SourceError(
      null,
      data.some((row) => filledCells(row) > 0)
        ? `sheet '${sheet}' has no header row (a row of column names)`
        : `sheet '${sheet}' is empty`,
    );
  }
  const header = data[headerIndex]!;
  const width = header.findLastIndex((cell) => !isBlank(cell)) + 1;
  const rows: unknown[][] = [];
  const positions: number[] = [];
  for (let index = headerIndex + 1; index < data.length; index += 1) {
    const row = data[index]!;
    if (filledCells(row) === 0) continue;
    const stray = row.findIndex((cell, column) => column >= width && !isBlank(cell));
    if (stray !== -1)
      throw new SourceError(
        locate(index + 1, stray),
        `has a value ('${String(row[stray])}') under no column name`,
      );
    rows.push(row.slice(0, width));
    positions.push(index + 1);
  }
  const columns = header.slice(0, width).map((cell) => [isBlank(cell) ? '' : String(cell).trim()]);
  return {
    format: 'xlsx',
    encoding: null,
    sheet,
    columns,
    rows,
    positions,
    locate,
    headerPosition: headerIndex + 1,
  };
}

/** Reads one sheet of an Excel workbook (.xlsx): cells keep their types (numbers, text, dates). */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<RawTable> {
  let sheets: SheetData[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new SourceError(null, 'is not a readable Excel workbook (.xlsx)', { cause: error });
  }
  return sheetTable(pickSheet(sheets, sheet));
}
