import { describe, expect, it } from 'vitest';
import {
  COMPOUND_MARK,
  markCompounds,
  splitQueryCompounds,
  unmarkCompounds,
} from '../../../../src/lib/search/compound-mark.ts';
import { splitCompound } from '../../../../src/lib/search/split-compound.ts';

const split = (word: string): string[] => splitCompound(word);

describe('markCompounds', () => {
  it('joins the parts of each compound with the mark and leaves other words as they are', () => {
    expect(markCompounds('De beskæftigelsespolitiske mål for 2023.', split)).toBe(
      `De beskæftigelses${COMPOUND_MARK}politiske mål for 2023.`,
    );
    expect(markCompounds('store flygtningestrømme, og', split)).toBe('store flygtninge~strømme, og');
  });

  it('marks a compound that follows a hyphen or a digit', () => {
    expect(markCompounds('2023-beskæftigelsesplaner', split)).toBe('2023-beskæftigelses~planer');
  });
});

describe('unmarkCompounds', () => {
  it('gives back the text as published', () => {
    const text = 'Udmelding af de beskæftigelsespolitiske mål – store flygtningestrømme';
    expect(unmarkCompounds(markCompounds(text, split))).toBe(text);
  });

  it('keeps a mark that does not sit between two letters', () => {
    expect(unmarkCompounds('ca. ~5 pct. og a ~ b')).toBe('ca. ~5 pct. og a ~ b');
  });

  it('removes marks inside highlighted excerpts', () => {
    expect(unmarkCompounds('store <mark>flygtninge~strømme,</mark> og')).toBe(
      'store <mark>flygtningestrømme,</mark> og',
    );
  });
});

describe('splitQueryCompounds', () => {
  it('writes each compound in a query as separate words', () => {
    expect(splitQueryCompounds('udvalgsformænd 2023', split)).toBe('udvalgs formænd 2023');
    expect(splitQueryCompounds('værdig', split)).toBe('værdig');
  });
});
