/**
 * Indicator arithmetic over a snapshot's observations: which period is latest, an area's value,
 * its change over a year and its rank among the municipalities. Pure and free of Astro.
 */
export { latestPeriod, periodAYearEarlier, periodToReport } from './periods.ts';
export { changeOver12Months, valueAt } from './values.ts';
export { rankAmongMunicipalities, type Rank } from './rank.ts';
export { observationAt } from './observation-index.ts';
export {
  areaChartData,
  areaLineSeries,
  rankingItemsFor,
  recentPoints,
  subjectFor,
  type NamedArea,
} from './chart-inputs.ts';
export { describeRevision } from './revision-text.ts';
