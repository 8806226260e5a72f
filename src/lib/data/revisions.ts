import { ascending, index } from 'd3-array';
import type { Observation, ObservationStatus } from './types.ts';

/** A published value that a later snapshot replaced with another. */
export interface ValueRevision {
  area: string;
  period: string;
  from: number;
  to: number;
}

/** A row whose status changed, e.g. a suppressed figure that was later published. */
export interface StatusRevision {
  area: string;
  period: string;
  from: ObservationStatus;
  to: ObservationStatus;
  fromValue: number | null;
  toValue: number | null;
}

export interface RevisionSummary {
  changed: number;
  added: number;
  removed: number;
  statusChanged: number;
  /** Number of areas with at least one changed value or status. */
  areasAffected: number;
  /** Periods with at least one changed value or status, ascending. */
  periodsAffected: string[];
  firstRevisedPeriod: string | null;
  lastRevisedPeriod: string | null;
}

export interface SnapshotDiff {
  /** Values that were published in both snapshots and differ. */
  changed: ValueRevision[];
  /** Area × period rows only the newer snapshot has (usually new periods). */
  added: Observation[];
  /** Area × period rows only the older snapshot has. */
  removed: Observation[];
  statusChanged: StatusRevision[];
  summary: RevisionSummary;
}

const byAreaAndPeriod = (rows: readonly Observation[]): Map<string, Map<string, Observation>> =>
  index(
    rows,
    (row) => row.area,
    (row) => row.period,
  );

/** What a newer snapshot revised, added and dropped relative to an older one. */
export function diffSnapshots(older: readonly Observation[], newer: readonly Observation[]): SnapshotDiff {
  const before = byAreaAndPeriod(older);
  const after = byAreaAndPeriod(newer);
  const changed: ValueRevision[] = [];
  const statusChanged: StatusRevision[] = [];
  const added: Observation[] = [];
  for (const row of newer) {
    const earlier = before.get(row.area)?.get(row.period);
    if (!earlier) added.push(row);
    else if (earlier.status !== row.status) {
      statusChanged.push({
        area: row.area,
        period: row.period,
        from: earlier.status,
        to: row.status,
        fromValue: earlier.value,
        toValue: row.value,
      });
    } else if (earlier.value !== null && row.value !== null && earlier.value !== row.value) {
      changed.push({ area: row.area, period: row.period, from: earlier.value, to: row.value });
    }
  }
  const removed = older.filter((row) => !after.get(row.area)?.has(row.period));
  return {
    changed,
    added,
    removed,
    statusChanged,
    summary: summarize(changed, added, removed, statusChanged),
  };
}

function summarize(
  changed: ValueRevision[],
  added: Observation[],
  removed: Observation[],
  statusChanged: StatusRevision[],
): RevisionSummary {
  const revised = [...changed, ...statusChanged];
  const periodsAffected = [...new Set(revised.map((row) => row.period))].sort(ascending);
  return {
    changed: changed.length,
    added: added.length,
    removed: removed.length,
    statusChanged: statusChanged.length,
    areasAffected: new Set(revised.map((row) => row.area)).size,
    periodsAffected,
    firstRevisedPeriod: periodsAffected[0] ?? null,
    lastRevisedPeriod: periodsAffected.at(-1) ?? null,
  };
}
