import { describe, expect, it } from 'vitest';
import { rankItems } from '../../../../src/lib/charts/rank-items.ts';

describe('rankItems', () => {
  it('ranks highest first and lets ties share a rank', () => {
    const ranked = rankItems([
      { id: 'a', label: 'A', value: 1 },
      { id: 'b', label: 'B', value: 3 },
      { id: 'c', label: 'C', value: 3 },
      { id: 'd', label: 'D', value: null },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
    ]);
  });
});
