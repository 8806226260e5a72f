import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../../src/lib/charts/chart-data.ts';
import { comparisonSeries } from '../../../../src/lib/areas/comparison-series.ts';

/** Per-area JSON as the data pages publish it: the area, then the country. */
const json = (code: string, label: string): ChartData => ({
  version: 1,
  area: code,
  title: label,
  summary: '',
  format: { unit: 'percent', decimals: 1 },
  sample: true,
  series: [
    { id: code, label, role: 'primary', points: [{ period: '2024-12', value: 1 }] },
    { id: '000', label: 'Hele landet', role: 'comparison', points: [{ period: '2024-12', value: 2 }] },
  ],
});

describe('comparisonSeries', () => {
  const series = comparisonSeries(json('751', 'Aarhus'), json('1082', 'Region Midtjylland'), [
    json('101', 'København'),
    json('461', 'Odense'),
  ]);

  it('puts the page’s municipality first, then the compared ones in the order chosen', () => {
    expect(series.map((s) => [s.id, s.role])).toEqual([
      ['751', 'primary'],
      ['101', 'comparison'],
      ['461', 'comparison'],
      ['1082', 'context'],
      ['000', 'context'],
    ]);
  });

  it('takes the country once, from the page’s own file', () => {
    expect(series.filter((s) => s.id === '000')).toHaveLength(1);
  });
});
