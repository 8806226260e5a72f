import { describe, expect, it } from 'vitest';
import { PairSet } from '../../../../src/lib/data/pair-set.ts';
import { periodNumber } from '../../../../src/lib/data/period.ts';

describe('PairSet', () => {
  it('says whether an area × period pair was seen before', () => {
    const seen = new PairSet();
    expect(seen.add(3, periodNumber('2024-05'))).toBe(true);
    expect(seen.add(3, periodNumber('2024-05'))).toBe(false);
  });

  it('keeps months, quarters and the year of one year apart, and areas apart', () => {
    const seen = new PairSet();
    for (const period of ['2024', '2024-01', '2024-12', '2024-Q1', '2024-Q4', '2023-01']) {
      expect(seen.add(0, periodNumber(period))).toBe(true);
    }
    expect(seen.add(1, periodNumber('2024-01'))).toBe(true);
    expect(seen.add(0, periodNumber('2024-Q4'))).toBe(false);
  });
});
