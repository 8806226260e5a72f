import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriod,
  periodNumber,
  periodicityOfNumber,
  periodsOf,
} from '../../../../src/lib/data/period.ts';
import { ok, suppressed } from '../indicators/fixtures.ts';

describe('periodNumber', () => {
  it('orders periods of one periodicity like time', () => {
    expect(periodNumber('2024-05')).toBe(202405);
    expect(periodNumber('2024-Q2')).toBe(202422);
    expect(periodNumber('2024')).toBe(202400);
    expect(periodNumber('2023-12')).toBeLessThan(periodNumber('2024-01'));
  });

  it.each([
    ['2024-05', 'month'],
    ['2024-12', 'month'],
    ['2024-Q2', 'quarter'],
    ['2024', 'year'],
  ])('reads %s as a %s', (period, expected) => {
    expect(periodicityOfNumber(periodNumber(period))).toBe(expected);
  });

  it.each([
    '2024-13',
    '2024-00',
    '2024-Q5',
    '2024-Q0',
    '2024M05',
    '24-05',
    '2024-5',
    '2024-05-01',
    'abcd',
    '',
  ])('rejects %s with -1', (period) => {
    expect(periodNumber(period)).toBe(-1);
  });
});

describe('comparePeriods', () => {
  it('sorts months, quarters and years in time, across years', () => {
    expect(['2024-02', '2023-12', '2024-01'].sort(comparePeriods)).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(['2024-Q1', '2023-Q4', '2024-Q3'].sort(comparePeriods)).toEqual(['2023-Q4', '2024-Q1', '2024-Q3']);
    expect(['2024', '2019', '2023'].sort(comparePeriods)).toEqual(['2019', '2023', '2024']);
  });
});

describe('periodsOf', () => {
  it('lists each period once, oldest first', () => {
    expect(
      periodsOf([
        ok('000', '2024-02', 1),
        ok('101', '2023-12', 1),
        ok('000', '2023-12', 2),
        suppressed('101', '2024-01'),
      ]),
    ).toEqual(['2023-12', '2024-01', '2024-02']);
  });

  it('orders quarters and years by time, not as text', () => {
    expect(periodsOf([ok('000', '2024-Q1', 1), ok('000', '2023-Q4', 1)])).toEqual(['2023-Q4', '2024-Q1']);
    expect(periodsOf([ok('000', '2024', 1), ok('000', '2019', 1)])).toEqual(['2019', '2024']);
  });

  it('is empty for no observations', () => {
    expect(periodsOf([])).toEqual([]);
  });
});

describe('parsePeriod', () => {
  it('places each period at its first day in UTC', () => {
    expect(parsePeriod('2024-05').start.toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(parsePeriod('2024-Q3')).toMatchObject({ periodicity: 'quarter', year: 2024, index: 3 });
    expect(parsePeriod('2024-Q3').start.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(parsePeriod('2024').periodicity).toBe('year');
  });
});

describe('parsePeriod', () => {
  it('refuses what is not a canonical period', () => {
    for (const bad of ['2024-13', '2024-Q5', '24-05', '2024M05'])
      expect(() => parsePeriod(bad)).toThrow(/2024-05/);
  });
});
