import { describe, expect, it } from 'vitest';
import { normalizePeriod } from '../../../../../src/lib/data/import/periods.ts';

describe('normalizePeriod', () => {
  it.each([
    ['2024M05', '2024-05'],
    ['2024M5', '2024-05'],
    ['2024-05', '2024-05'],
    ['2024/5', '2024-05'],
    ['05-2024', '2024-05'],
    ['maj 2024', '2024-05'],
    ['Maj 2024', '2024-05'],
    ['jan. 2024', '2024-01'],
    ['december 2024', '2024-12'],
    ['2024Q2', '2024-Q2'],
    ['2024K2', '2024-Q2'],
    ['2024-Q2', '2024-Q2'],
    ['2. kvt. 2024', '2024-Q2'],
    ['2 kvartal 2024', '2024-Q2'],
    ['2024', '2024'],
    [2024, '2024'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizePeriod(input)).toBe(expected);
  });

  it.each(['2024M13', 'maj 24', 'mai 2024', '2024Q5', '2022QMAT02', '', null])('rejects %s', (input) => {
    expect(normalizePeriod(input)).toBeNull();
  });
});
