import { comparePeriods } from './period.ts';
import type { Observation } from './types.ts';

const cache = new WeakMap<readonly Observation[], ReadonlyMap<string, readonly Observation[]>>();

/**
 * A snapshot's rows grouped by area, each area's rows oldest period first. Built once per
 * observations array, so ~600 area pages do not each rescan every row of every snapshot.
 */
export function rowsByArea(
  observations: readonly Observation[],
): ReadonlyMap<string, readonly Observation[]> {
  let index = cache.get(observations);
  if (!index) {
    const grouped = new Map<string, Observation[]>();
    for (const row of observations) {
      const rows = grouped.get(row.area);
      if (rows) rows.push(row);
      else grouped.set(row.area, [row]);
    }
    for (const rows of grouped.values()) rows.sort((a, b) => comparePeriods(a.period, b.period));
    index = grouped;
    cache.set(observations, index);
  }
  return index;
}

/** One area's rows, oldest period first; empty when the snapshot has none. */
export function rowsOf(observations: readonly Observation[], area: string): readonly Observation[] {
  return rowsByArea(observations).get(area) ?? [];
}
