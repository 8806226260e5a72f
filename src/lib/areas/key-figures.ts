import { changeOver12Months, rankAmongMunicipalities, valueAt, type Rank } from '../indicators/index.ts';
import { observationAt } from '../indicators/observation-index.ts';
import type { ObservationStatus, Observation, Periodicity } from '../data/types.ts';
import { formatPeriod, type ValueFormat } from '../format.ts';
import { changeText, figureText, rankText } from '../value-text.ts';

/** One area's figure in a period: the value, or why there is none. */
export interface AreaFigure {
  value: number | null;
  status: ObservationStatus;
}

/** What an area page says about one indicator in its latest period. */
export interface KeyFigures {
  period: string;
  own: AreaFigure;
  /** Change from the same period a year earlier, in the indicator's unit; null when either is absent. */
  change: number | null;
  /** Among the municipalities; null for a region, or when the own value is absent. */
  rank: Rank | null;
  /** The region of a municipality; null for a region. */
  region: AreaFigure | null;
  country: AreaFigure;
}

export interface KeyFigureArea {
  code: string;
  kind: 'municipality' | 'region';
  /** The region of a municipality. */
  regionCode: string | null;
}

/** An area's value in a period, or its status when the value is absent. */
export function figureAt(observations: readonly Observation[], area: string, period: string): AreaFigure {
  const row = observationAt(observations, area, period);
  return { value: valueAt(observations, area, period), status: row?.status ?? 'missing' };
}

/**
 * An area's key figures for one period (the indicator's latest, as the caller decides): its
 * value, change over 12 months, rank among the given municipalities, and the regional and
 * national values beside it.
 */
export function keyFigures(
  observations: readonly Observation[],
  period: string,
  area: KeyFigureArea,
  municipalityCodes: readonly string[],
  country: string,
): KeyFigures {
  const isMunicipality = area.kind === 'municipality';
  return {
    period,
    own: figureAt(observations, area.code, period),
    change: changeOver12Months(observations, area.code, period),
    rank: isMunicipality ? rankAmongMunicipalities(observations, period, area.code, municipalityCodes) : null,
    region:
      isMunicipality && area.regionCode !== null ? figureAt(observations, area.regionCode, period) : null,
    country: figureAt(observations, country, period),
  };
}

/** One key figure as the page shows it; `key` names it for tests and styling (data-figure). */
export interface KeyFigureText {
  key: 'value' | 'change' | 'rank' | 'region' | 'country';
  label: string;
  text: string;
}

/** The key figures in words, in the order the page shows them. */
export function keyFigureTexts(
  figures: KeyFigures,
  format: ValueFormat,
  { name, regionName, periodicity }: { name: string; regionName: string | null; periodicity: Periodicity },
): KeyFigureText[] {
  const items: KeyFigureText[] = [
    {
      key: 'value',
      label: `${name}, ${formatPeriod(figures.period)}`,
      text: figureText(figures.own, format),
    },
    {
      key: 'change',
      label: `Ændring over ${periodicity === 'month' ? '12 måneder' : 'et år'}`,
      text: changeText(figures.change, format),
    },
  ];
  // Only a municipality has a region beside it and a place among the 98.
  if (figures.region) {
    items.push(
      {
        key: 'rank',
        label: 'Placering blandt kommunerne (højeste værdi er nr. 1)',
        text: rankText(figures.rank),
      },
      { key: 'region', label: regionName ?? 'Regionen', text: figureText(figures.region, format) },
    );
  }
  items.push({ key: 'country', label: 'Hele landet', text: figureText(figures.country, format) });
  return items;
}
