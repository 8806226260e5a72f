import { comparePeriods, periodNumber, periodsOf } from '../data/period.ts';
import type { Observation } from '../data/types.ts';
import { COUNTRY_CODE } from '../data/whole-country.ts';

/** The newest period with a published (`ok`) value for the area (the country by default), or null. */
export function latestPeriod(
  observations: readonly Observation[],
  area: string = COUNTRY_CODE,
): string | null {
  let latest: string | null = null;
  for (const row of observations) {
    if (
      row.area === area &&
      row.status === 'ok' &&
      (latest === null || comparePeriods(row.period, latest) > 0)
    )
      latest = row.period;
  }
  return latest;
}

/** The same period a year earlier: `2024-05` → `2023-05`, `2024-Q2` → `2023-Q2`, `2024` → `2023`. */
export function periodAYearEarlier(period: string): string {
  if (periodNumber(period) < 0)
    throw new Error(`Period '${period}' is not of the form 2024-05, 2024-Q2 or 2024`);
  return `${String(Number(period.slice(0, 4)) - 1).padStart(4, '0')}${period.slice(4)}`;
}

/**
 * The period the indicator's pages report (lead figure, ranking, area key figures): the newest
 * with a published national value, so the country figure beside an area's is never blank while
 * an earlier one exists. Where the country has none at all, the newest period, whose area values
 * may still be published. Null only for no observations.
 */
export function periodToReport(observations: readonly Observation[]): string | null {
  return latestPeriod(observations) ?? periodsOf(observations).at(-1) ?? null;
}
