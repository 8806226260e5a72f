import { describe, expect, it } from 'vitest';
import {
  parseChartData,
  seriesFromObservations,
  toChartData,
} from '../../../../src/lib/charts/chart-data.ts';
import { percent } from './fixtures.ts';

const observations = [
  { area: '751', period: '2024-05', value: 34.2, numerator: 342, denominator: 1000, status: 'ok' as const },
  {
    area: '751',
    period: '2024-04',
    value: null,
    numerator: null,
    denominator: null,
    status: 'suppressed' as const,
  },
];

describe('seriesFromObservations', () => {
  it('takes period, value and status from observation records', () => {
    expect(seriesFromObservations('751', 'Aarhus', 'primary', observations).points).toEqual([
      { period: '2024-05', value: 34.2, status: 'ok' },
      { period: '2024-04', value: null, status: 'suppressed' },
    ]);
  });
});

describe('toChartData', () => {
  const data = toChartData({
    area: '751',
    title: 'Andel selvforsørgende – Aarhus',
    format: percent,
    sample: true,
    subject: 'andelen',
    series: [seriesFromObservations('751', 'Aarhus', 'primary', observations)],
  });

  it('sorts points by period and writes the summary', () => {
    expect(data.series[0]?.points.map((p) => p.period)).toEqual(['2024-04', '2024-05']);
    expect(data.summary).toBe('I maj 2024 var andelen 34,2 pct. i Aarhus.');
    expect(data.version).toBe(1);
  });

  it('survives a round trip through JSON and the browser-side check', () => {
    expect(parseChartData(JSON.parse(JSON.stringify(data)), '/data/mm13/751.json')).toEqual(data);
  });
});

describe('parseChartData', () => {
  it('says which file is wrong and how', () => {
    expect(() => parseChartData({ version: 2 }, '/data/x.json')).toThrow(
      '/data/x.json: not chart data of version 1',
    );
    const bad = {
      version: 1,
      area: '1',
      title: 't',
      summary: 's',
      series: [{ id: 'a', points: [{ period: '2024-05', value: '3,4' }] }],
    };
    expect(() => parseChartData(bad, '/d.json')).toThrow('/d.json: value for 2024-05 is not a number');
    const badPeriod = { ...bad, series: [{ id: 'a', points: [{ period: '2024M05', value: 1 }] }] };
    expect(() => parseChartData(badPeriod, '/d.json')).toThrow("Period '2024M05'");
  });
});
