import type { ProblemList } from './errors.ts';
import { PairSet } from './pair-set.ts';
import { PERIODICITY_LABELS, periodNumber, periodicityOfNumber } from './period.ts';
import type { Observation, ObservationStatus, Periodicity, Unit } from './types.ts';

export const CANONICAL_COLUMNS = ['area', 'period', 'value', 'numerator', 'denominator', 'status'] as const;

export interface RowValidatorOptions {
  unit: Unit;
  /** The indicator's periodicity; when absent the first row decides it. */
  periodicity?: Periodicity | undefined;
  areaCodes: ReadonlySet<string>;
  problems: ProblemList;
}

export interface RowValidator {
  /** Checks one row of six canonical cells found at `position`; keeps it when it is sound. */
  accept(cells: readonly string[], position: number): void;
  readonly observations: Observation[];
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const STATUSES: ReadonlySet<string> = new Set<ObservationStatus>(['ok', 'suppressed', 'missing']);

/** Validates canonical rows one at a time; the same rules serve snapshots and imports. */
export function createRowValidator(options: RowValidatorOptions): RowValidator {
  const { unit, areaCodes, problems } = options;
  const areaIndex = new Map([...areaCodes].map((code, index) => [code, index]));
  const seen = new PairSet();
  const lines: number[] = [];
  const observations: Observation[] = [];
  let periodicity = options.periodicity;
  let firstPeriod: { period: string; position: number } | undefined;

  function number(cell: string, column: string, position: number): number | null | undefined {
    if (cell === '') return null;
    if (!PLAIN_NUMBER.test(cell)) {
      problems.add(position, `value '${cell}' in column '${column}' is not a number`);
      return undefined;
    }
    const amount = Number(cell);
    // A snapshot is served as published, so each number must read back to the same characters.
    const canonical = String(amount);
    if (canonical === cell) return amount;
    problems.add(
      position,
      PLAIN_NUMBER.test(canonical)
        ? `value '${cell}' in column '${column}' is not written canonically; write '${canonical}'`
        : `value '${cell}' in column '${column}' has more digits than a number keeps`,
    );
    return undefined;
  }

  /** Returns the period's number, or -1 after recording why it cannot be used. */
  function checkPeriod(period: string, position: number): number {
    const number = periodNumber(period);
    if (number < 0) {
      problems.add(position, `period '${period}' is not a month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY)`);
      return -1;
    }
    const found = periodicityOfNumber(number);
    if (found === periodicity) return number;
    if (periodicity === undefined) {
      periodicity = found;
      firstPeriod = { period, position };
      return number;
    }
    const expected = PERIODICITY_LABELS[periodicity];
    const origin = firstPeriod
      ? `${problems.locate(firstPeriod.position)} has ${expected.noun} ('${firstPeriod.period}')`
      : `the indicator is ${expected.adjective}`;
    problems.add(
      position,
      `period '${period}' is ${PERIODICITY_LABELS[found].noun}, but ${origin}; a file holds one periodicity`,
    );
    return -1;
  }

  function isFirstOccurrence(
    area: string,
    period: string,
    areaSlot: number,
    periodKey: number,
    position: number,
  ): boolean {
    if (seen.add(areaSlot, periodKey)) return true;
    // Only shown messages need the earlier line, so the scan runs at most `cap` times.
    const shown = problems.count < problems.cap;
    const earlier = shown ? observations.findIndex((row) => row.area === area && row.period === period) : -1;
    const where = earlier >= 0 ? ` on ${problems.locate(lines[earlier]!)}` : '';
    problems.add(position, `area '${area}' and period '${period}' already appear${where}`);
    return false;
  }

  function checkRange(label: string, amount: number | null, position: number): boolean {
    if (amount === null || amount >= 0) return true;
    problems.add(position, `${label} ${amount} is negative; counts cannot be negative`);
    return false;
  }

  function accept(cells: readonly string[], position: number): void {
    if (cells.length !== CANONICAL_COLUMNS.length) {
      problems.add(
        position,
        `expected ${CANONICAL_COLUMNS.length} columns (${CANONICAL_COLUMNS.join(',')}), found ${cells.length}`,
      );
      return;
    }
    // Indexed reads, not destructuring: this runs a million times in the benchmark.
    const area = cells[0]!;
    const period = cells[1]!;
    const valueCell = cells[2]!;
    const numeratorCell = cells[3]!;
    const denominatorCell = cells[4]!;
    const status = cells[5]!;
    const areaSlot = areaIndex.get(area);
    let sound = areaSlot !== undefined;
    if (!sound) problems.add(position, `unknown area code '${area}'`);
    const periodKey = checkPeriod(period, position);
    if (periodKey < 0) sound = false;
    const value = number(valueCell, 'value', position);
    const numerator = number(numeratorCell, 'numerator', position);
    const denominator = number(denominatorCell, 'denominator', position);
    if (value === undefined || numerator === undefined || denominator === undefined) sound = false;
    if (!STATUSES.has(status)) {
      problems.add(position, `unknown status '${status}' (expected ok, suppressed or missing)`);
      sound = false;
    } else if (status === 'ok' && value === null) {
      problems.add(position, `status 'ok' needs a value`);
      sound = false;
    } else if (status !== 'ok' && value != null) {
      problems.add(position, `status '${status}' must leave value empty, found '${valueCell}'`);
      sound = false;
    }
    if (value != null) {
      if (unit === 'pct' && (value < 0 || value > 100)) {
        problems.add(position, `value ${valueCell} is outside 0–100, impossible for a percentage`);
        sound = false;
      } else if (unit === 'antal' && !checkRange('value', value, position)) sound = false;
    }
    if (!checkRange('numerator', numerator ?? null, position)) sound = false;
    if (!checkRange('denominator', denominator ?? null, position)) sound = false;
    if (unit === 'pct' && numerator != null && denominator != null && numerator > denominator) {
      problems.add(position, `numerator ${numeratorCell} is larger than denominator ${denominatorCell}`);
      sound = false;
    }
    if (!sound || !isFirstOccurrence(area, period, areaSlot!, periodKey, position)) return;
    lines.push(position);
    observations.push({
      area,
      period,
      value: value ?? null,
      numerator: numerator ?? null,
      denominator: denominator ?? null,
      status: status as ObservationStatus,
    });
  }

  return { accept, observations };
}
