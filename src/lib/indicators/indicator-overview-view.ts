import type { Panel } from '../charts/small-multiples.ts';
import { endSentence } from '../charts/text.ts';
import { joinDanish } from '../format.ts';
import type { ValueFormat } from '../charts/types.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { COUNTRY_CODE, COUNTRY_NAME } from '../data/whole-country.ts';
import { formatPeriod, formatValue } from '../format.ts';
import { areaLineSeries } from './chart-inputs.ts';
import { valueFormatFor } from '../value-text.ts';
import type { GoalLookup } from './indicator-goals.ts';
import type { LatestIndicator } from './latest-indicators.ts';
import { reportedCountryValue } from './values.ts';
import { sourceLineOf, type SourceLine } from '../data/source-line.ts';
import { firstGoalNumber } from './indicator-goals.ts';

/** The front page's small multiples: every indicator for the whole country, and one sentence on them. */
export interface IndicatorOverviewView {
  panels: Panel[];
  /** Counts when every indicator counts, otherwise shares. */
  format: ValueFormat;
  /** The country's reported values, one sentence, e.g. "I december 2024 var tallene for hele landet: …". */
  summary: string;
  source: SourceLine;
  /** The newest snapshot date of any indicator. */
  dataDate?: string;
  sample: boolean;
}

/** The overview of the indicators, ordered by the lowest number of the goals each followed. */
export function indicatorOverviewView(
  latestIndicators: readonly LatestIndicator[],
  goals: ReadonlyMap<string, GoalLookup>,
): IndicatorOverviewView {
  const goalNumber = (meta: IndicatorMeta): number => firstGoalNumber(meta.goals, goals);
  const indicators = [...latestIndicators].sort((a, b) => goalNumber(a.meta) - goalNumber(b.meta));
  const latestValues = indicators.flatMap(({ meta, latest }) => {
    const reported = reportedCountryValue(latest.observations);
    return reported === null ? [] : [{ meta, ...reported }];
  });
  const periods = new Set(latestValues.map(({ period }) => period));
  const valueTexts = latestValues.map(
    ({ meta, period, value }) =>
      `${meta.shortTitle.toLowerCase()} (mål ${goalNumber(meta)}) ${formatValue(value, valueFormatFor(meta.unit))}` +
      (periods.size > 1 ? ` i ${formatPeriod(period)}` : ''),
  );
  const when =
    periods.size === 1
      ? `I ${formatPeriod([...periods][0]!)} var tallene for hele landet`
      : 'De seneste tal for hele landet er';
  const dataDate = indicators
    .map(({ latest }) => latest.date)
    .sort()
    .at(-1);
  const units = new Set(indicators.map(({ meta }) => meta.unit));
  return {
    panels: indicators.map(({ meta, latest }) => ({
      id: meta.id,
      title: meta.shortTitle,
      series: [
        { ...areaLineSeries(latest.observations, { code: COUNTRY_CODE, name: COUNTRY_NAME }), id: meta.id },
      ],
    })),
    format: valueFormatFor(units.size === 1 && units.has('antal') ? 'antal' : 'pct'),
    summary: `${endSentence(`${when}: ${joinDanish(valueTexts)}`)} Hver graf har sin egen skala.`,
    source: sourceLineOf(indicators.map(({ meta }) => meta)),
    ...(dataDate === undefined ? {} : { dataDate }),
    sample: indicators.some(({ meta }) => meta.sample),
  };
}
