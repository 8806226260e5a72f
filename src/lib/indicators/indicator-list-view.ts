import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { sampleLabelOf } from '../data/indicator-meta.ts';
import { sourceLineOf } from '../data/source-line.ts';
import { formatDate, formatPeriod, formatValue } from '../format.ts';
import { valueFormatFor } from '../value-text.ts';
import { firstGoalNumber, indicatorGoals, type GoalLookup, type IndicatorGoal } from './indicator-goals.ts';
import type { LatestIndicator } from './latest-indicators.ts';
import { reportedCountryValue } from './values.ts';

/** One indicator on the list of indicators. */
export interface IndicatorListItem {
  meta: IndicatorMeta;
  /** The sample-data label, when the indicator's figures are not official. */
  sampleLabel: string | undefined;
  /** Where the figures come from, under the heading "Kilde" (sourceLineOf). */
  sourceText: string;
  goals: IndicatorGoal[];
  unitText: string;
  /** The country's value in the period to report, with the period: "34,2 pct. i december 2024". */
  countryText: string;
  /** The newest snapshot's date, as the page writes it. */
  dateText: string;
}

/** The indicators ordered by the number of their first goal. */
export function indicatorListView(
  indicators: readonly LatestIndicator[],
  goals: ReadonlyMap<string, GoalLookup>,
): IndicatorListItem[] {
  return indicators
    .map(({ meta, latest }) => {
      const reported = reportedCountryValue(latest.observations);
      return {
        meta,
        sampleLabel: sampleLabelOf(meta),
        sourceText: sourceLineOf(meta).detail,
        goals: indicatorGoals(meta.goals, goals, []),
        unitText: meta.unit === 'pct' ? 'Andel i procent' : 'Antal',
        countryText:
          reported === null
            ? 'Ikke oplyst'
            : `${formatValue(reported.value, valueFormatFor(meta.unit))} i ${formatPeriod(reported.period)}`,
        dateText: formatDate(latest.date),
      };
    })
    .sort((a, b) => firstGoalNumber(a.meta.goals, goals) - firstGoalNumber(b.meta.goals, goals));
}
