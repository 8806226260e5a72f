import type { AreaTable } from '../areas.ts';
import { ProblemList } from '../errors.ts';
import type { Observation, ObservationStatus, Periodicity, Unit } from '../types.ts';
import { createRowValidator } from '../validate-row.ts';
import { matchColumns } from './columns.ts';
import {
  MISSING_MARKS,
  SUPPRESSED_MARKS,
  parseLocaleCount,
  parseLocaleNumber,
  usesDecimalComma,
} from './numbers.ts';
import { normalizePeriod } from './periods.ts';
import { rowArea } from './row-area.ts';
import type { RawTable } from './sources.ts';

export interface ToObservationsOptions {
  /** Path shown in messages. */
  file: string;
  unit: Unit;
  periodicity?: Periodicity | undefined;
  /** The reference table of the data folder the snapshot goes into. */
  areas: AreaTable;
}

const STATUS_WORDS: Readonly<Record<string, ObservationStatus>> = {
  ok: 'ok',
  suppressed: 'suppressed',
  offentliggjort: 'ok',
  diskretioneret: 'suppressed',
  missing: 'missing',
  mangler: 'missing',
  'ikke oplyst': 'missing',
};

const NUMBER_ROLES = ['value', 'numerator', 'denominator'] as const;

const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());

function statusOf(valueCell: unknown, statusCell: unknown): ObservationStatus | string {
  const stated = text(statusCell);
  if (stated !== '') return STATUS_WORDS[stated.toLowerCase()] ?? stated;
  const value = text(valueCell);
  if (SUPPRESSED_MARKS.has(value)) return 'suppressed';
  return MISSING_MARKS.has(value) ? 'missing' : 'ok';
}

/**
 * Turns a table from any source into canonical observations, sorted by area then period.
 * Every problem is reported with the line or row it was found on; the rules of a canonical
 * snapshot (validate-row.ts) apply on top.
 */
export function toObservations(table: RawTable, options: ToObservationsOptions): Observation[] {
  const problems = new ProblemList(options.file, table.locate);
  const columns = matchColumns(table.columns, options.unit);
  if (typeof columns === 'string') {
    return problems.fail(table.headerPosition, columns);
  }
  if (table.rows.length === 0) return problems.fail(null, 'has no rows');
  const { areas } = options;
  const validator = createRowValidator({ ...options, areaCodes: new Set(areas.byCode.keys()), problems });
  const cell = (row: unknown[], column: number | null): unknown => (column === null ? null : row[column]);
  const decimalComma = usesDecimalComma(
    table.rows.flatMap((row) => NUMBER_ROLES.map((role) => cell(row, columns[role]))),
  );

  for (const [index, row] of table.rows.entries()) {
    const position = table.positions[index]!;
    const found = rowArea(row, columns, areas);
    const area = 'code' in found ? found.code : null;
    if ('problem' in found) problems.add(position, found.problem, found.column);
    const periodText = text(row[columns.period]);
    const period = normalizePeriod(row[columns.period]);
    if (period === null)
      problems.add(
        position,
        `period '${periodText}' is not a month, quarter or year Jobindsats uses (e.g. 2024M05, 2024Q2, maj 2024, 2024)`,
        columns.period,
      );
    const numbers: string[] = [];
    let readable = true;
    for (const role of NUMBER_ROLES) {
      const raw = cell(row, columns[role]);
      const number = (role === 'value' ? parseLocaleNumber : parseLocaleCount)(raw, decimalComma);
      if (Number.isNaN(number)) {
        problems.add(position, `${role} '${text(raw)}' is not a number`, columns[role] ?? undefined);
        readable = false;
      }
      numbers.push(number === null || Number.isNaN(number) ? '' : String(number));
    }
    if (area === null || period === null || !readable) continue;
    validator.accept(
      [area, period, ...numbers, statusOf(row[columns.value], cell(row, columns.status))],
      position,
    );
  }
  problems.throwIfAny();
  const order = new Map(areas.all.map((area, index) => [area.code, index]));
  return validator.observations.sort(
    (a, b) =>
      order.get(a.area)! - order.get(b.area)! || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
}
