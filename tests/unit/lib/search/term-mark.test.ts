import { describe, expect, it } from 'vitest';
import { markTerms, withoutTerms } from '../../../../src/lib/search/term-mark.ts';

describe('markTerms', () => {
  it('marks every word of a search-terms text', () => {
    expect(markTerms('Århus 751')).toBe('~Århus ~751');
  });
});

describe('withoutTerms', () => {
  it('removes marked words, with or without a hit mark, wherever they stand', () => {
    expect(withoutTerms('~Århus <mark>~751</mark> Kommune i Region Midtjylland')).toBe(
      'Kommune i Region Midtjylland',
    );
    expect(withoutTerms('slutter her ~Århus ~751')).toBe('slutter her ');
  });

  it('leaves compound marks between letters to unmarkCompounds', () => {
    expect(withoutTerms('beskæftigelses~politiske mål')).toBe('beskæftigelses~politiske mål');
  });
});
