import type { Observation, Unit } from '../data/types.ts';
import { formatNumber, formatPct } from '../format.ts';

/** A value in its unit: "42,3 pct." for shares, "1.234" for counts. */
export function formatValue(value: number, unit: Unit): string {
  return unit === 'pct' ? formatPct(value) : formatNumber(value);
}

/** A table cell's text: the value, or in words why there is none. */
export function formatObservation(observation: Observation | null, unit: Unit): string {
  if (!observation || observation.status === 'missing') return 'mangler';
  if (observation.status === 'suppressed' || observation.value === null) return 'diskretioneret';
  return formatValue(observation.value, unit);
}
