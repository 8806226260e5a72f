import Papa from 'papaparse';
import { SourceError, byLine, byRow, type Locate } from '../errors.ts';
import { decodeText, type TextEncoding } from './decode.ts';

export { SourceError } from '../errors.ts';

export type SourceFormat = 'jobindsats-v2' | 'jobindsats-v3' | 'csv' | 'xlsx';

export const FORMAT_LABELS: Readonly<Record<SourceFormat, string>> = {
  'jobindsats-v2': 'Jobindsats API v2 JSON',
  'jobindsats-v3': 'Jobindsats API v3 JSON',
  csv: 'CSV',
  xlsx: 'Excel workbook (.xlsx)',
};

/** Any input, reduced to named columns and rows of cells, with where each row was found. */
export interface RawTable {
  format: SourceFormat;
  /** Text encoding of a JSON or CSV file; null for a workbook. */
  encoding: TextEncoding | null;
  /** The sheet a workbook's rows come from. */
  sheet?: string;
  /** Names of each column, the label first; API v2 gives two (Label and Name). */
  columns: string[][];
  rows: unknown[][];
  /** Line (CSV) or row (JSON, workbook) number of each row, for messages. */
  positions: number[];
  locate: Locate;
  /** Position of the header, for messages about columns; null when the columns are not a row (JSON). */
  headerPosition: number | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function columnNames(column: unknown): string[] {
  if (typeof column === 'string') return [column];
  if (!isRecord(column)) return [''];
  const names = [
    column['Label'],
    column['Name'],
    column['label'],
    column['name'],
    column['text'],
    column['id'],
  ];
  return names.filter((name): name is string => typeof name === 'string');
}

function jsonTable(json: unknown, encoding: TextEncoding): RawTable {
  const base = { encoding, locate: byRow, headerPosition: null };
  if (Array.isArray(json)) {
    const [first] = json;
    if (!isRecord(first) || !Array.isArray(first['Variables']) || !Array.isArray(first['Data'])) {
      throw new SourceError(
        null,
        'is a JSON array but not a Jobindsats API v2 answer ([{"Variables": […], "Data": […]}])',
      );
    }
    return jsonRows(
      { ...base, format: 'jobindsats-v2', columns: first['Variables'].map(columnNames) },
      first['Data'],
      'Variables',
    );
  }
  if (isRecord(json) && Array.isArray(json['columns']) && Array.isArray(json['rows'])) {
    return jsonRows(
      { ...base, format: 'jobindsats-v3', columns: json['columns'].map(columnNames) },
      json['rows'],
      'columns',
    );
  }
  throw new SourceError(
    null,
    'is JSON but neither a Jobindsats API v2 answer ([{"Variables", "Data"}]) nor a v3 answer ({"columns", "rows"})',
  );
}

function jsonRows(
  table: Omit<RawTable, 'rows' | 'positions'>,
  data: unknown[],
  columnsKey: string,
): RawTable {
  const rows: unknown[][] = [];
  const positions: number[] = [];
  for (const [index, row] of data.entries()) {
    if (!Array.isArray(row)) throw new SourceError(byRow(index + 1), 'is not an array of cells');
    if (row.length !== table.columns.length) {
      throw new SourceError(
        byRow(index + 1),
        `has ${row.length} cells but ${columnsKey} lists ${table.columns.length}`,
      );
    }
    rows.push(row);
    positions.push(index + 1);
  }
  return { ...table, rows, positions };
}

function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

const PAPA_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted field is never closed',
  InvalidQuotes: 'a field has a stray quote',
};

function csvTable(text: string, encoding: TextEncoding): RawTable {
  const rows: string[][] = [];
  const positions: number[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: ({ data, errors, meta }) => {
      const problem = errors[0];
      if (problem) throw new SourceError(byLine(line), PAPA_PROBLEMS[problem.code] ?? problem.message);
      if (!(data.length === 1 && data[0]!.trim() === '')) {
        rows.push(data);
        positions.push(line);
      }
      for (let at = text.indexOf('\n', start); at !== -1 && at < meta.cursor; at = text.indexOf('\n', at + 1))
        line += 1;
      start = meta.cursor;
    },
  });
  const [header, ...body] = rows;
  if (!header) throw new SourceError(byLine(1), 'file is empty');
  const headerPosition = positions.shift()!;
  for (const [index, row] of body.entries()) {
    if (row.length !== header.length)
      throw new SourceError(
        byLine(positions[index]!),
        `has ${row.length} cells but the header has ${header.length}`,
      );
  }
  return {
    format: 'csv',
    encoding,
    columns: header.map((name) => [name.trim()]),
    rows: body,
    positions,
    locate: byLine,
    headerPosition,
  };
}

/** Reads a Jobindsats API v2 or v3 answer, or a spreadsheet CSV, in any of the encodings Danish files come in (workbooks: read-table.ts). */
export function readSource(bytes: Uint8Array): RawTable {
  const { text, encoding } = decodeText(bytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart().charAt(0);
  if (first === '[' || first === '{') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new SourceError(null, 'is not valid JSON', { cause: error });
    }
    return jsonTable(json, encoding);
  }
  if (body.trim() === '') throw new SourceError(byLine(1), 'file is empty');
  return csvTable(body, encoding);
}
