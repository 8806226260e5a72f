import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../../../src/lib/search/vocabulary.ts';

describe('vocabularyOf', () => {
  it('holds each compound whole and part by part, as the index does', () => {
    expect(vocabularyOf(['De beskæftigelses~politiske mål'])).toEqual(
      expect.arrayContaining(['beskæftigelsespolitiske', 'beskæftigelses', 'politiske']),
    );
  });

  it('is lowercase, without numbers, punctuation or words under four letters', () => {
    expect(vocabularyOf(['Mål 3: Flere flygtninge, jf. lov nr. 1656.']).sort()).toEqual([
      'flere',
      'flygtninge',
    ]);
  });

  it('lists the words most texts hold first, then alphabetically', () => {
    expect(vocabularyOf(['Vejle ledige ledige ledige', 'Odense ledige', 'Tønder Odense'])).toEqual([
      'ledige',
      'odense',
      'tønder',
      'vejle',
    ]);
  });
});
