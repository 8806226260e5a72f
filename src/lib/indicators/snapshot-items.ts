import { diffSnapshots } from '../data/revisions.ts';
import type { Snapshot } from '../data/types.ts';
import { periodsOf } from '../data/period.ts';
import { describeRevision } from './revision-text.ts';

/** One snapshot in an indicator's list of snapshots. */
export interface SnapshotItem {
  date: string;
  rows: number;
  firstPeriod: string;
  lastPeriod: string;
  /** What it revised in the snapshot before it; null for the first. */
  revision: string | null;
}

/** Every snapshot, newest first, each with what it revised in the one before it. */
export function snapshotItems(snapshots: readonly Snapshot[]): SnapshotItem[] {
  return snapshots
    .map((snapshot, i) => {
      const periods = periodsOf(snapshot.observations);
      const before = snapshots[i - 1];
      return {
        date: snapshot.date,
        rows: snapshot.observations.length,
        firstPeriod: periods[0]!,
        lastPeriod: periods.at(-1)!,
        revision: before
          ? describeRevision(diffSnapshots(before.observations, snapshot.observations).summary)
          : null,
      };
    })
    .reverse();
}
