import type { Observation, ObservationStatus } from './types.ts';

/** A snapshot's rows column by column, areas and periods as indices: about 30 bytes a row. */
export interface CompactRows {
  areas: string[];
  periods: string[];
  area: Uint16Array;
  period: Uint16Array;
  /** NaN stands for null. */
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  status: Uint8Array;
}

const STATUSES: readonly ObservationStatus[] = ['ok', 'suppressed', 'missing'];

function compact(observations: readonly Observation[]): CompactRows {
  const n = observations.length;
  const rows: CompactRows = {
    areas: [],
    periods: [],
    area: new Uint16Array(n),
    period: new Uint16Array(n),
    value: new Float64Array(n),
    numerator: new Float64Array(n),
    denominator: new Float64Array(n),
    status: new Uint8Array(n),
  };
  const slot = (list: string[], index: Map<string, number>, key: string): number => {
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = list.push(key) - 1));
    return at;
  };
  const areaIndex = new Map<string, number>();
  const periodIndex = new Map<string, number>();
  observations.forEach((row, i) => {
    rows.area[i] = slot(rows.areas, areaIndex, row.area);
    rows.period[i] = slot(rows.periods, periodIndex, row.period);
    rows.value[i] = row.value ?? NaN;
    rows.numerator[i] = row.numerator ?? NaN;
    rows.denominator[i] = row.denominator ?? NaN;
    rows.status[i] = STATUSES.indexOf(row.status);
  });
  return rows;
}

const orNull = (n: number): number | null => (Number.isNaN(n) ? null : n);

export function expand(rows: CompactRows): Observation[] {
  return Array.from(rows.area, (area, i) => ({
    area: rows.areas[area]!,
    period: rows.periods[rows.period[i]!]!,
    value: orNull(rows.value[i]!),
    numerator: orNull(rows.numerator[i]!),
    denominator: orNull(rows.denominator[i]!),
    status: STATUSES[rows.status[i]!]!,
  }));
}

/**
 * Rows of validated snapshots by the sha256 of their bytes, so that a build parses each file
 * once. Astro runs the indicator loader and the built pages in one process but as separate
 * copies of this module, hence one map on globalThis.
 */
const VALIDATED = Symbol.for('beskaeftigelsesmaal.validated-rows');
const validated = ((globalThis as { [VALIDATED]?: Map<string, CompactRows> })[VALIDATED] ??= new Map());

/** Keeps, compact, the rows of a snapshot whose bytes hash to `sha256` and passed validation. */
export function keepValidatedRows(sha256: string, observations: readonly Observation[]): CompactRows {
  const rows = compact(observations);
  validated.set(sha256, rows);
  return rows;
}

/** The rows kept for bytes that hash to `sha256`, if this process validated them. */
export function validatedRows(sha256: string): CompactRows | undefined {
  return validated.get(sha256);
}
