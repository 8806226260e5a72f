import type { Area } from '../data/areas.ts';
import type { IndicatorView } from './area-goals.ts';
import { figureText } from './figure-text.ts';
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
