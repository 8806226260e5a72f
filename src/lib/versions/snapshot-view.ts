import type { SnapshotDiff, StatusRevision, ValueRevision } from '../data/revisions.ts';
import type { Observation } from '../data/types.ts';

/** A snapshot's values for some areas over its latest periods. */
export interface SnapshotTable {
  /** The latest periods, oldest first. */
  periods: string[];
  /** One row per requested area the snapshot has, in the requested order. */
  rows: { area: string; cells: (Observation | null)[] }[];
}

/** The snapshot's last `count` periods for the given areas (canonical periods sort as text). */
export function latestPeriodsTable(
  observations: readonly Observation[],
  areas: readonly string[],
  count: number,
): SnapshotTable {
  const periods = [...new Set(observations.map((row) => row.period))].sort().slice(-count);
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
    .sort((a, b) => order.get(a.area)! - order.get(b.area)! || a.period.localeCompare(b.period));
  return { rows, otherAreas: all.length - rows.length };
}
