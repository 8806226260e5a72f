import { describe, expect, it } from 'vitest';
import { pairSlug, yearPairs } from '../../../../src/lib/versions/year-pairs.ts';
import { comparePath } from '../../../../src/lib/paths.ts';

describe('yearPairs', () => {
  it('pairs every earlier year with every later one, once', () => {
    expect(yearPairs([2024, 2022, 2023, 2023])).toEqual([
      { from: 2022, to: 2023 },
      { from: 2022, to: 2024 },
      { from: 2023, to: 2024 },
    ]);
  });

  it('has no pairs for a single year', () => {
    expect(yearPairs([2024])).toEqual([]);
  });

  it('names a pair "2023-2024", the segment comparePath puts under /sammenlign/', () => {
    expect(pairSlug({ from: 2023, to: 2024 })).toBe('2023-2024');
    expect(comparePath(2023, 2024)).toBe(`/sammenlign/${pairSlug({ from: 2023, to: 2024 })}/`);
  });
});
