import { describe, expect, it } from 'vitest';
import { rankAmongMunicipalities } from '../../../../src/lib/indicators/rank.ts';
import { ok, suppressed } from './fixtures.ts';

const period = '2024-05';
const municipalities = ['101', '147', '751', '825', '860'];
const rows = [
  ok('000', period, 99),
  ok('101', period, 40),
  ok('147', period, 50),
  ok('751', period, 40),
  suppressed('825', period),
  ok('860', period, 30),
  ok('860', '2024-04', 90),
];

describe('rankAmongMunicipalities', () => {
  it('ranks the highest value first and counts only municipalities with a published value', () => {
    expect(rankAmongMunicipalities(rows, period, '147', municipalities)).toEqual({ rank: 1, of: 4 });
    expect(rankAmongMunicipalities(rows, period, '860', municipalities)).toEqual({ rank: 4, of: 4 });
  });

  it('gives equal values the same rank and skips the next', () => {
    expect(rankAmongMunicipalities(rows, period, '101', municipalities)).toEqual({ rank: 2, of: 4 });
    expect(rankAmongMunicipalities(rows, period, '751', municipalities)).toEqual({ rank: 2, of: 4 });
  });

  it('is null for a suppressed municipality', () => {
    expect(rankAmongMunicipalities(rows, period, '825', municipalities)).toBeNull();
  });

  it('is null in a period without a value for the municipality', () => {
    expect(rankAmongMunicipalities(rows, '2023-01', '101', municipalities)).toBeNull();
  });

  it('ignores areas that are not in the list, such as the country', () => {
    expect(rankAmongMunicipalities(rows, period, '147', ['101', '147'])).toEqual({ rank: 1, of: 2 });
  });
});
