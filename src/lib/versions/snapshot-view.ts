import type { SnapshotDiff, StatusRevision, ValueRevision } from '../data/revisions.ts';
import { comparePeriods, periodsOf } from '../data/period.ts';
import type { Observation } from '../data/types.ts';
import { formatPeriod, formatPeriodShort, type ValueFormat } from '../format.ts';
import type { TableText } from '../table-text.ts';
import { differenceText, observationText, valueText } from '../value-text.ts';

/** A snapshot's values for some areas over its latest periods. */
export interface SnapshotTable {
  /** The latest periods, oldest first. */
  periods: string[];
  /** One row per requested area the snapshot has, in the requested order. */
  rows: { area: string; cells: (Observation | null)[] }[];
}

/** The snapshot's last `count` periods for the given areas. */
export function latestPeriodsTable(
  observations: readonly Observation[],
  areas: readonly string[],
  count: number,
): SnapshotTable {
  const periods = periodsOf(observations).slice(-count);
  const byKey = new Map(observations.map((row) => [`${row.area}|${row.period}`, row]));
  const rows = areas
    .filter((area) => periods.some((period) => byKey.has(`${area}|${period}`)))
    .map((area) => ({ area, cells: periods.map((period) => byKey.get(`${area}|${period}`) ?? null) }));
  return { periods, rows };
}

/** A revised figure, value or status, in one shape for a table. */
export interface RevisionRow {
  area: string;
  period: string;
  from: number | null;
  to: number | null;
  /** Set when the status changed, e.g. a suppressed figure that was published. */
  status?: { from: StatusRevision['from']; to: StatusRevision['to'] };
}

const fromValue = (r: ValueRevision): RevisionRow => ({
  area: r.area,
  period: r.period,
  from: r.from,
  to: r.to,
});
const fromStatus = (r: StatusRevision): RevisionRow => ({
  area: r.area,
  period: r.period,
  from: r.fromValue,
  to: r.toValue,
  status: { from: r.from, to: r.to },
});

/**
 * The revisions of the given areas, by the areas' order and then by period; the rest
 * are only counted, since a page cannot list every municipality's revision.
 */
export function revisionsFor(
  diff: SnapshotDiff,
  areas: readonly string[],
): { rows: RevisionRow[]; otherAreas: number } {
  const order = new Map(areas.map((area, i) => [area, i]));
  const all = [...diff.changed.map(fromValue), ...diff.statusChanged.map(fromStatus)];
  const rows = all
    .filter((row) => order.has(row.area))
    .sort((a, b) => order.get(a.area)! - order.get(b.area)! || comparePeriods(a.period, b.period));
  return { rows, otherAreas: all.length - rows.length };
}

const nameOf = (names: ReadonlyMap<string, string>, area: string): string => names.get(area) ?? area;

/** The snapshot table in words: a column per period, a cell per value or why it is absent. */
export function snapshotTableText(
  table: SnapshotTable,
  names: ReadonlyMap<string, string>,
  format: ValueFormat,
): TableText {
  return {
    columns: table.periods.map((period) => ({ label: formatPeriodShort(period), numeric: true })),
    rows: table.rows.map((row) => ({
      name: nameOf(names, row.area),
      cells: row.cells.map((cell) => observationText(cell, format)),
    })),
  };
}

/** The revisions in words: period, the value before and now, and the change. */
export function revisionTableText(
  rows: readonly RevisionRow[],
  names: ReadonlyMap<string, string>,
  format: ValueFormat,
): TableText {
  return {
    columns: [
      { label: 'Periode' },
      { label: 'Før', numeric: true },
      { label: 'Nu', numeric: true },
      { label: 'Ændring', numeric: true },
    ],
    rows: rows.map((row) => ({
      name: nameOf(names, row.area),
      cells: [
        formatPeriod(row.period),
        valueText(row.from, row.status?.from, format),
        valueText(row.to, row.status?.to, format),
        differenceText(row.from, row.to, format),
      ],
    })),
  };
}
