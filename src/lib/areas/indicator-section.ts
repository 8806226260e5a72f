import { joinDanish } from '../format.ts';
import type { Series } from '../charts/types.ts';
import type { Area } from '../data/areas.ts';
import { changeOver12Months } from '../indicators/values.ts';
import { subjectFor } from '../indicators/index.ts';
import type { IndicatorView } from './area-goals.ts';
import { areaChartSeries, type SeriesRequest } from './area-series.ts';
import { changeText, figureText } from '../value-text.ts';
import { figureAt, keyFigureTexts, keyFigures, type KeyFigureText, type KeyFigures } from './key-figures.ts';
import { COUNTRY_CODE, COUNTRY_NAME } from '../data/whole-country.ts';

/** What an area page shows for a goal with an indicator: key figures and a chart over time. */
export interface IndicatorSection {
  figures: KeyFigures;
  /** The key figures as the page words them. */
  figureTexts: KeyFigureText[];
  /** The area first (primary), then its region and the country to compare with. */
  series: Series[];
  chartTitle: string;
  /** The noun the chart's summary uses. */
  subject: string;
}

/** Key figures and chart series for a municipality (with its region) or a region. */
export function indicatorSection(
  indicator: IndicatorView,
  area: Area,
  region: Area | null,
  municipalityCodes: readonly string[],
): IndicatorSection {
  const { observations, period, meta } = indicator;
  const kind = area.kind === 'municipality' ? 'municipality' : 'region';
  const requests: SeriesRequest[] = [
    { code: area.code, label: area.name, role: 'primary' },
    ...(region ? [{ code: region.code, label: region.name, role: 'comparison' as const }] : []),
    { code: COUNTRY_CODE, label: COUNTRY_NAME, role: 'comparison' },
  ];
  const places = requests.map((request) =>
    request.code === COUNTRY_CODE ? COUNTRY_NAME.toLowerCase() : request.label,
  );
  const figures = keyFigures(
    observations,
    period,
    { code: area.code, kind, regionCode: area.regionCode },
    municipalityCodes,
    COUNTRY_CODE,
  );
  return {
    figures,
    figureTexts: keyFigureTexts(figures, indicator.format, {
      name: area.name,
      regionName: region?.name ?? null,
      periodicity: meta.periodicity,
    }),
    series: areaChartSeries(observations, requests),
    chartTitle: `${meta.shortTitle}: ${joinDanish(places)}`,
    subject: subjectFor(meta.unit),
  };
}

/** One municipality in a region's table. */
export interface MunicipalityRow {
  code: string;
  name: string;
  href: string;
  value: string;
  change: string;
}

/** A region's municipalities with their values in the indicator's latest period, in the order given. */
export function municipalityRows(
  indicator: IndicatorView,
  municipalities: readonly Area[],
  hrefOf: (area: Area) => string,
): MunicipalityRow[] {
  const { observations, period, format } = indicator;
  return municipalities.map((area) => {
    return {
      code: area.code,
      name: area.name,
      href: hrefOf(area),
      value: figureText(figureAt(observations, area.code, period), format),
      change: changeText(changeOver12Months(observations, area.code, period), format),
    };
  });
}
