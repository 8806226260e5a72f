import { describe, expect, it } from 'vitest';
import { timeAxis, timeTickLabel, valueAxis, valueDomain } from '../../../../src/lib/charts/axes.ts';

const utc = (y: number, m: number): Date => new Date(Date.UTC(y, m - 1, 1));

describe('valueAxis', () => {
  it('labels ticks with Danish thousands separators', () => {
    const { ticks } = valueAxis([0, 4800], [300, 0], 5);
    expect(ticks.map((t) => t.label)).toEqual(['0', '1.000', '2.000', '3.000', '4.000', '5.000']);
  });
  it('labels fractional ticks with a decimal comma and the precision of the step', () => {
    const { ticks } = valueAxis([12, 13], [300, 0], 4);
    expect(ticks.map((t) => t.label)).toEqual(['12,0', '12,2', '12,4', '12,6', '12,8', '13,0']);
  });
  it('extends the domain to nice round bounds and maps it onto the range', () => {
    const { scale, ticks } = valueAxis([3.2, 37.9], [300, 20], 5);
    expect(scale.domain()).toEqual([0, 40]);
    expect(ticks[0]).toEqual({ position: 300, label: '0' });
    expect(ticks[ticks.length - 1]).toEqual({ position: 20, label: '40' });
  });
});

describe('valueDomain', () => {
  it('includes zero when asked', () => {
    expect(valueDomain([30, 35], true)).toEqual([0, 35]);
    expect(valueDomain([30, 35], false)).toEqual([30, 35]);
    expect(valueDomain([-2, 5], true)).toEqual([-2, 5]);
  });
  it('widens a single value and survives no values', () => {
    expect(valueDomain([7, 7], false)).toEqual([6, 8]);
    expect(valueDomain([], true)).toEqual([0, 1]);
  });
});

describe('timeAxis', () => {
  it('labels a span of years with the years', () => {
    const { ticks } = timeAxis([utc(2008, 1), utc(2024, 12)], [0, 600]);
    expect(ticks.map((t) => t.label)).toEqual([
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
  });
  it('labels months with Danish short names and puts the year on the first', () => {
    const { ticks } = timeAxis([utc(2024, 3), utc(2024, 12)], [0, 400]);
    expect(ticks.map((t) => t.label)).toEqual(['apr. 2024', 'jul.', 'okt.']);
  });
  it('spaces ticks by real time (2024 is a leap year) in UTC', () => {
    const { ticks } = timeAxis([utc(2023, 1), utc(2025, 1)], [0, 200]);
    expect(ticks).toEqual([
      { position: 0, label: '2023' },
      { position: 99.86, label: '2024' },
      { position: 200, label: '2025' },
    ]);
  });
});

describe('timeTickLabel', () => {
  it('shows January as the year and other months by name', () => {
    expect(timeTickLabel(utc(2024, 1), false)).toBe('2024');
    expect(timeTickLabel(utc(2024, 5), false)).toBe('maj');
    expect(timeTickLabel(utc(2024, 5), true)).toBe('maj 2024');
  });
});
