import { describe, expect, it } from 'vitest';
import { periodNumber, periodicityOf } from '../../../../src/lib/data/period.ts';

describe('periodicityOf', () => {
  it.each([
    ['2024-05', 'month'],
    ['2024-12', 'month'],
    ['2024-Q2', 'quarter'],
    ['2024', 'year'],
  ])('reads %s as a %s', (period, expected) => {
    expect(periodicityOf(period)).toBe(expected);
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
  ])('rejects %s', (period) => {
    expect(periodicityOf(period)).toBeNull();
  });
});

describe('periodNumber', () => {
  it('orders periods of one periodicity like time', () => {
    expect(periodNumber('2024-05')).toBe(202405);
    expect(periodNumber('2024-Q2')).toBe(202422);
    expect(periodNumber('2024')).toBe(202400);
    expect(periodNumber('2023-12')).toBeLessThan(periodNumber('2024-01'));
  });
});
