import { describe, expect, it } from 'vitest';
import { changeText, figureText, rankText } from '../../../src/lib/value-text.ts';

const percent = { unit: 'percent', decimals: 1 } as const;

describe('figureText', () => {
  it('writes a share the Danish way', () => {
    expect(figureText({ value: 34.25, status: 'ok' }, percent)).toBe('34,3 pct.');
  });

  it('says why a value is absent', () => {
    expect(figureText({ value: null, status: 'suppressed' }, percent)).toBe('diskretioneret');
    expect(figureText({ value: null, status: 'missing' }, percent)).toBe('ikke oplyst');
  });
});

describe('changeText', () => {
  it('signs a change in percentage points with a real minus', () => {
    expect(changeText(1.2, percent)).toBe('+1,2 procentpoint');
    expect(changeText(-0.8, percent)).toBe('\u22120,8 procentpoint');
  });

  it('says when the change cannot be computed', () => {
    expect(changeText(null, percent)).toBe('kan ikke beregnes');
  });
});

describe('rankText', () => {
  it('counts the place among the ranked municipalities', () => {
    expect(rankText({ rank: 12, of: 95 })).toBe('nr. 12 af 95 kommuner med tal');
    expect(rankText({ rank: 1, of: 1 })).toBe('nr. 1 af 1 kommune med tal');
  });

  it('says there is no place when the value is not published', () => {
    expect(rankText(null)).toMatch(/^ingen/);
  });
});
