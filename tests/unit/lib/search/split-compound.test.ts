import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../../src/lib/search/split-compound.ts';

describe('splitCompound', () => {
  it.each([
    ['beskæftigelsespolitiske', ['beskæftigelses', 'politiske']],
    ['flygtningestrømme', ['flygtninge', 'strømme']],
    ['arbejdsfællesskabet', ['arbejds', 'fællesskabet']],
    ['beskæftigelsesindsatsen', ['beskæftigelses', 'indsatsen']],
    ['sagsbehandling', ['sags', 'behandling']],
    ['familiesammenførte', ['familie', 'sammenførte']],
    ['kontanthjælpsmodtagere', ['kontant', 'hjælps', 'modtagere']],
    ['beskæftigelsesudvalgsformænd', ['beskæftigelses', 'udvalgs', 'formænd']],
    ['jobcenterchefer', ['job', 'center', 'chefer']],
    ['arbejdskraftundersøgelse', ['arbejds', 'kraft', 'undersøgelse']],
    ['voksenlærlingeforløb', ['voksen', 'lærlinge', 'forløb']],
    ['ministermålene', ['minister', 'målene']],
  ])('splits %s at its parts', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it('keeps the linking s or e with the part before it', () => {
    expect(splitCompound('beskæftigelsesrådet')).toEqual(['beskæftigelses', 'rådet']);
    expect(splitCompound('voksenlærlingeforløb')[1]).toBe('lærlinge');
  });

  it('finds a last part inflected after a doubled consonant', () => {
    expect(splitCompound('beskæftigelsespolitikken')).toEqual(['beskæftigelses', 'politikken']);
  });

  it("keeps the word's own capitals and letters", () => {
    expect(splitCompound('Beskæftigelsesrådet')).toEqual(['Beskæftigelses', 'rådet']);
    expect(splitCompound('JOBCENTER')).toEqual(['JOB', 'CENTER']);
    expect(splitCompound('Flygtningestrømme').join('')).toBe('Flygtningestrømme');
  });

  it('leaves a single inflected word whole', () => {
    for (const word of ['beskæftigelsen', 'kommunerne', 'ledigheden', 'arbejde', 'planer', 'regeringen']) {
      expect(splitCompound(word)).toEqual([word]);
    }
  });

  it('leaves a word alone unless known parts cover all of it', () => {
    for (const word of ['selvfølgelig', 'tidligere', 'fortalte', 'kvartalet', 'underskriften', 'antal']) {
      expect(splitCompound(word)).toEqual([word]);
    }
  });

  it('prefers the split with the fewest parts', () => {
    const parts = new Set(['ledig', 'ledighed', 'hed', 'ydelse']);
    expect(splitCompound('ledighedsydelse', parts)).toEqual(['ledigheds', 'ydelse']);
  });

  it('splits with any lexicon it is given', () => {
    expect(splitCompound('solskin', new Set(['sol', 'skin']))).toEqual(['sol', 'skin']);
    expect(splitCompound('solskin', new Set(['sol']))).toEqual(['solskin']);
  });
});
