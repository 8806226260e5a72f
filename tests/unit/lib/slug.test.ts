import { describe, expect, it } from 'vitest';
import { dropAccents, foldDanish, slug } from '../../../src/lib/slug.ts';

describe('slug', () => {
  it('spells æ, ø and å the Danish ASCII way', () => {
    expect(slug('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(slug('København')).toBe('koebenhavn');
    expect(slug('Ærø')).toBe('aeroe');
    expect(slug('Tårnby')).toBe('taarnby');
    expect(slug('Aarhus')).toBe('aarhus');
  });

  it('joins words with single hyphens and trims them at the ends', () => {
    expect(slug('Region Hovedstaden')).toBe('region-hovedstaden');
    expect(slug('  Hele   landet ')).toBe('hele-landet');
    expect(slug('Lyngby-Taarbæk (kommune)')).toBe('lyngby-taarbaek-kommune');
  });

  it('drops accents from other letters', () => {
    expect(slug('Café Über')).toBe('cafe-uber');
  });
});

describe('foldDanish', () => {
  it('spells æ, ø and å out and drops accents and case, keeping spaces', () => {
    expect(foldDanish('Ærø')).toBe('aeroe');
    expect(foldDanish('Århus Ø')).toBe('aarhus oe');
  });
});

describe('dropAccents', () => {
  it('drops accents as Pagefind does, leaving æ and ø', () => {
    expect(dropAccents('å é ü æ ø')).toBe('a e u æ ø');
  });
});
