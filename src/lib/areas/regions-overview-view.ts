import type { Area } from '../data/areas.ts';
import { formatDate, formatPeriod } from '../format.ts';
import { regionPath } from '../paths.ts';
import type { AreaGoal, IndicatorView } from './area-goals.ts';
import { figureText } from '../value-text.ts';
import { figureAt } from './key-figures.ts';

/** One row of the regions' overview: an area with its latest value for each indicator, in column order. */
export interface OverviewRow {
  area: Area;
  values: string[];
}

/** The areas' values in each indicator's latest period, written the Danish way. */
export function overviewRows(areas: readonly Area[], indicators: readonly IndicatorView[]): OverviewRow[] {
  return areas.map((area) => ({
    area,
    values: indicators.map(({ observations, period, format }) =>
      figureText(figureAt(observations, area.code, period), format),
    ),
  }));
}

/** What /regioner/ shows: the regions and the country, with their municipalities and latest values. */
export interface RegionsOverviewView {
  caption: string;
  /** One column per goal with an indicator, after "Område" and "Kommuner". */
  columns: string[];
  rows: (OverviewRow & { href: string | null; municipalities: number })[];
}

/** The regions, then the country, each with its number of municipalities and latest values. */
export function regionsOverviewView(areas: readonly Area[], goals: readonly AreaGoal[]): RegionsOverviewView {
  const measured = goals.flatMap(({ goal, indicator }) => (indicator ? [{ goal, indicator }] : []));
  const municipalities = areas.filter((area) => area.kind === 'municipality');
  const shown = [
    ...areas.filter((area) => area.kind === 'region'),
    ...areas.filter((area) => area.kind === 'country'),
  ];
  const dates = [...new Set(measured.map(({ indicator }) => indicator.date))].map(formatDate);
  return {
    caption: `Seneste værdi for hver indikator (data pr. ${dates.join(' og ')})`,
    columns: measured.map(
      ({ goal, indicator }) =>
        `Mål ${goal.data.number}: ${indicator.meta.shortTitle}, ${formatPeriod(indicator.period)}`,
    ),
    rows: overviewRows(
      shown,
      measured.map(({ indicator }) => indicator),
    ).map((row) => ({
      ...row,
      href: row.area.kind === 'region' ? regionPath(row.area.slug) : null,
      municipalities: municipalities.filter(
        (municipality) => row.area.kind === 'country' || municipality.regionCode === row.area.code,
      ).length,
    })),
  };
}
