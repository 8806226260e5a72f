import type { Observation } from '../data/types.ts';
import { observationAt } from './observation-index.ts';
import { COUNTRY_CODE } from '../data/whole-country.ts';
import { periodAYearEarlier, periodToReport } from './periods.ts';

/** The published value of an area in a period; null when suppressed, missing or absent. */
export function valueAt(observations: readonly Observation[], area: string, period: string): number | null {
  const row = observationAt(observations, area, period);
  return row?.status === 'ok' ? row.value : null;
}

/**
 * The change from the same period a year earlier, in the indicator's unit (percentage points
 * for shares); null when either value is not published. Rounded to 6 decimals so that
 * 47.3 − 46.1 reads 1.2, not 1.1999999999999957.
 */
export function changeOver12Months(
  observations: readonly Observation[],
  area: string,
  period: string,
): number | null {
  const now = valueAt(observations, area, period);
  const before = valueAt(observations, area, periodAYearEarlier(period));
  if (now === null || before === null) return null;
  return Math.round((now - before) * 1e6) / 1e6;
}

/** The country's published value in the period the indicator's pages report, or null. */
export function reportedCountryValue(
  observations: readonly Observation[],
): { period: string; value: number } | null {
  const period = periodToReport(observations);
  const value = period === null ? null : valueAt(observations, COUNTRY_CODE, period);
  return period === null || value === null ? null : { period, value };
}
