import { describe, expect, it } from 'vitest';
import {
  areaChartData,
  areaLineSeries,
  rankingItemsFor,
  recentPoints,
  subjectFor,
} from '../../../../src/lib/indicators/chart-inputs.ts';
import { valueFormatFor } from '../../../../src/lib/value-text.ts';
import type { IndicatorMeta } from '../../../../src/lib/data/indicator-meta.ts';
import { missing, ok, suppressed } from './fixtures.ts';

const country = { code: '000', name: 'Hele landet' };
const aarhus = { code: '751', name: 'Aarhus' };
const laesoe = { code: '825', name: 'Læsø' };
const rows = [
  ok('000', '2024-06', 47.6),
  ok('000', '2024-05', 47.3),
  ok('751', '2024-05', 54),
  ok('751', '2024-06', 55),
  suppressed('825', '2024-06'),
  ok('825', '2024-05', 20),
  missing('101', '2024-06'),
];
const meta = {
  id: 'mm13',
  title: 'Andel selvforsørgende flygtninge og familiesammenførte',
  shortTitle: 'Selvforsørgende flygtninge',
  definition: '…',
  unit: 'pct',
  goals: ['flygtninge-selvforsoergelse'],
  years: [2024],
  source: { name: 'Jobindsats.dk', table: 'Y21', measure: 'MM13' },
  periodicity: 'month',
  sample: true,
  changes: [],
} satisfies IndicatorMeta;

describe('valueFormatFor and subjectFor', () => {
  it('write shares with one decimal and counts whole', () => {
    expect(valueFormatFor('pct')).toEqual({ unit: 'percent', decimals: 1 });
    expect(valueFormatFor('antal')).toEqual({ unit: 'count', decimals: 0 });
    expect(subjectFor('pct')).toBe('andelen');
    expect(subjectFor('antal')).toBe('antallet');
  });
});

describe('areaLineSeries', () => {
  it('is the area in period order, with a suppressed period kept as a gap', () => {
    expect(areaLineSeries(rows, laesoe)).toEqual({
      id: '825',
      label: 'Læsø',
      role: 'primary',
      points: [
        { period: '2024-05', value: 20, status: 'ok' },
        { period: '2024-06', value: null, status: 'suppressed' },
      ],
    });
  });
});

describe('rankingItemsFor', () => {
  it('gives each municipality its value or the reason it has none', () => {
    expect(rankingItemsFor(rows, '2024-06', [aarhus, laesoe, { code: '101', name: 'København' }])).toEqual([
      { id: '751', label: 'Aarhus', value: 55 },
      { id: '825', label: 'Læsø', value: null, status: 'suppressed' },
      { id: '101', label: 'København', value: null, status: 'missing' },
    ]);
  });
});

describe('recentPoints', () => {
  it('keeps the latest periods of a series', () => {
    expect(recentPoints(areaLineSeries(rows, aarhus), 1).points).toEqual([
      { period: '2024-06', value: 55, status: 'ok' },
    ]);
  });
});

describe('areaChartData', () => {
  it('sets a municipality against the whole country', () => {
    const data = areaChartData(meta, rows, aarhus, country);
    expect(data.title).toBe('Selvforsørgende flygtninge: Aarhus og hele landet');
    expect(data.series.map((s) => [s.id, s.role])).toEqual([
      ['751', 'primary'],
      ['000', 'comparison'],
    ]);
    expect(data.summary).toBe('I juni 2024 var andelen 55,0 pct. i Aarhus mod 47,6 pct. i hele landet.');
    expect(data.sample).toBe(true);
  });

  it('shows the country alone for the country', () => {
    const data = areaChartData(meta, rows, country, country);
    expect(data.title).toBe('Selvforsørgende flygtninge i hele landet');
    expect(data.series.map((s) => s.id)).toEqual(['000']);
  });
});
