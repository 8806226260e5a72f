import Papa from 'papaparse';
import { ProblemList } from './errors.ts';
import type { Observation, Periodicity, Unit } from './types.ts';
import { CANONICAL_COLUMNS, createRowValidator } from './validate-row.ts';

export { SnapshotError } from './errors.ts';

/** The exact first line of every canonical snapshot. */
export const CANONICAL_HEADER = CANONICAL_COLUMNS.join(',');

export interface ParseSnapshotOptions {
  /** Path shown in error messages. */
  file: string;
  unit: Unit;
  /** Expected periodicity; when absent the file only has to be consistent. */
  periodicity?: Periodicity | undefined;
  /** Valid area codes: those of the data folder's reference table (readAreaTable). */
  areaCodes: ReadonlySet<string>;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** Checks what must hold before rows can be read; returns false when the rows cannot be trusted. */
function checkLayout(text: string, problems: ProblemList): boolean {
  if (text.trim() === '') {
    problems.add(1, `file is empty; a snapshot starts with the header '${CANONICAL_HEADER}'`);
    return false;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    problems.add(1, 'file starts with a byte order mark (BOM); canonical snapshots are UTF-8 without BOM');
    return false;
  }
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  if (header.endsWith('\r')) {
    problems.add(1, 'line ends are CRLF; canonical snapshots use LF');
    return false;
  }
  if (header !== CANONICAL_HEADER) {
    problems.add(1, `header is '${header}' but must be '${CANONICAL_HEADER}'`);
    return false;
  }
  const quote = text.indexOf('"');
  if (quote !== -1) {
    problems.add(lineOf(text, quote), 'quotes are not used in canonical snapshots');
    return false;
  }
  if (end === -1 || text.length === end + 1) {
    problems.add(null, 'has a header but no rows');
    return false;
  }
  return true;
}

/**
 * Parses and validates a canonical snapshot (see data/README.md). Throws a SnapshotError
 * listing every problem as "<file> line <n>: …" (the header is line 1).
 */
export function parseSnapshot(text: string, options: ParseSnapshotOptions): Observation[] {
  const problems = new ProblemList(options.file);
  if (!checkLayout(text, problems)) problems.throwIfAny();
  const validator = createRowValidator({
    unit: options.unit,
    periodicity: options.periodicity,
    areaCodes: options.areaCodes,
    problems,
  });
  // Without quotes every row is one line, so counting rows gives line numbers. Rows are
  // validated as they stream by (step) rather than collected first: half the memory, twice the speed.
  let line = 0;
  let pendingEmptyLine = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    step: ({ data: row }) => {
      line += 1;
      if (line === 1) return;
      if (row.length === 1 && row[0] === '') {
        pendingEmptyLine ||= line;
        return;
      }
      if (pendingEmptyLine) {
        problems.add(pendingEmptyLine, 'empty line');
        pendingEmptyLine = 0;
      }
      validator.accept(row, line);
    },
  });
  problems.throwIfAny();
  return validator.observations;
}
