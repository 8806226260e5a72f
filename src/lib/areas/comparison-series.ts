import type { ChartData } from '../charts/chart-data.ts';
import type { Series } from '../charts/types.ts';

const primaryOf = (data: ChartData): Series[] => data.series.filter((series) => series.role === 'primary');

/**
 * The series of a chart that compares municipalities, from the per-area JSON (each file holds
 * its area as primary and the country beside it): the page's municipality first, the
 * compared ones next, then its region and the country as background lines.
 */
export function comparisonSeries(own: ChartData, region: ChartData, others: readonly ChartData[]): Series[] {
  const added = others.flatMap(primaryOf).map((series) => ({ ...series, role: 'comparison' as const }));
  const country = own.series.filter((series) => series.role !== 'primary');
  const background = [...primaryOf(region), ...country].map((series) => ({
    ...series,
    role: 'context' as const,
  }));
  return [...primaryOf(own), ...added, ...background];
}
