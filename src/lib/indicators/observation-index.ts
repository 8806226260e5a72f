import type { Observation } from '../data/types.ts';

const indexes = new WeakMap<readonly Observation[], Map<string, Observation>>();

const keyOf = (area: string, period: string): string => `${area}|${period}`;

/**
 * The row of one area in one period, or undefined. The lookup table is built once per
 * observations array, so pages can ask for every municipality without rescanning a snapshot.
 */
export function observationAt(
  observations: readonly Observation[],
  area: string,
  period: string,
): Observation | undefined {
  let index = indexes.get(observations);
  if (!index) {
    index = new Map(observations.map((row) => [keyOf(row.area, row.period), row]));
    indexes.set(observations, index);
  }
  return index.get(keyOf(area, period));
}
