import { describe, expect, it } from 'vitest';
import { isSearchType, searchWeightOf } from '../../../../src/lib/search/search-types.ts';

describe('isSearchType', () => {
  it('knows the five type filter values BaseLayout writes', () => {
    for (const type of ['brev', 'maal', 'indikator', 'kommune', 'side'])
      expect(isSearchType(type)).toBe(true);
    expect(isSearchType('toString')).toBe(false);
  });
});

describe('searchWeightOf', () => {
  it('halves the weight of area pages so the pages they repeat rank first', () => {
    expect(searchWeightOf('kommune')).toBe(0.5);
  });

  it("leaves other pages at Pagefind's default", () => {
    expect(searchWeightOf('brev')).toBeUndefined();
    expect(searchWeightOf('ukendt')).toBeUndefined();
  });
});
