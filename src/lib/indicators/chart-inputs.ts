import { seriesFromObservations, toChartData, type ChartData } from '../charts/chart-data.ts';
import type { RankingItem } from '../charts/rank-items.ts';
import type { Series, SeriesRole } from '../charts/types.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import type { Observation, Unit } from '../data/types.ts';
import { observationAt } from './observation-index.ts';
import { comparePeriods } from '../data/period.ts';
import { rowsOf } from '../data/rows-by-area.ts';
import { valueAt } from './values.ts';
import { COUNTRY_CODE } from '../data/whole-country.ts';
import { valueFormatFor } from '../value-text.ts';
import { periodToReport } from './periods.ts';

/** An area as charts name it. */
export interface NamedArea {
  code: string;
  name: string;
}

/** The noun chart sentences use for the value: "andelen" or "antallet". */
export function subjectFor(unit: Unit): string {
  return unit === 'pct' ? 'andelen' : 'antallet';
}

/** One area's series over every period of a snapshot; suppressed periods stay, as gaps. */
export function areaLineSeries(
  observations: readonly Observation[],
  area: NamedArea,
  role: SeriesRole = 'primary',
): Series {
  return seriesFromObservations(area.code, area.name, role, rowsOf(observations, area.code));
}

/** The municipalities' values in one period, for a ranking chart; suppressed ones carry their status. */
export function rankingItemsFor(
  observations: readonly Observation[],
  period: string,
  municipalities: readonly NamedArea[],
): RankingItem[] {
  return municipalities.map((area) => {
    const value = valueAt(observations, area.code, period);
    return value === null
      ? { id: area.code, label: area.name, value: null, status: statusAt(observations, area.code, period) }
      : { id: area.code, label: area.name, value };
  });
}

function statusAt(
  observations: readonly Observation[],
  area: string,
  period: string,
): 'suppressed' | 'missing' {
  return observationAt(observations, area, period)?.status === 'suppressed' ? 'suppressed' : 'missing';
}

/**
 * The JSON the municipality picker fetches for one area: the area against the whole country
 * (the country alone for "000"), drawn exactly as the server draws the page's chart.
 */
export function areaChartData(
  meta: IndicatorMeta,
  observations: readonly Observation[],
  area: NamedArea,
  country: NamedArea,
): ChartData {
  const series =
    area.code === COUNTRY_CODE
      ? [areaLineSeries(observations, country)]
      : [areaLineSeries(observations, area), areaLineSeries(observations, country, 'comparison')];
  return toChartData({
    area: area.code,
    title:
      area.code === COUNTRY_CODE
        ? `${meta.shortTitle} i hele landet`
        : `${meta.shortTitle}: ${area.name} og hele landet`,
    format: valueFormatFor(meta.unit),
    sample: meta.sample,
    series,
    subject: subjectFor(meta.unit),
    period: periodToReport(observations) ?? undefined,
  });
}

/** The series limited to its latest `count` periods, e.g. the months a revision chart zooms in on. */
export function recentPoints(series: Series, count: number): Series {
  const sorted = [...series.points].sort((a, b) => comparePeriods(a.period, b.period));
  return { ...series, points: sorted.slice(-count) };
}
