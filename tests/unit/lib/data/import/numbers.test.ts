import { describe, expect, it } from 'vitest';
import {
  parseLocaleCount,
  parseLocaleNumber,
  usesDecimalComma,
} from '../../../../../src/lib/data/import/numbers.ts';

describe('parseLocaleNumber', () => {
  it('reads Danish numbers when the file uses decimal commas', () => {
    expect(parseLocaleNumber('48,3', true)).toBe(48.3);
    expect(parseLocaleNumber('1.039,5', true)).toBe(1039.5);
    expect(parseLocaleNumber('1.234.567', true)).toBe(1234567);
    expect(parseLocaleNumber('-0,5', true)).toBe(-0.5);
    expect(parseLocaleNumber('1 039,5', true)).toBe(1039.5);
  });

  it('reads dot decimals and JSON numbers otherwise', () => {
    expect(parseLocaleNumber('48.3', false)).toBe(48.3);
    expect(parseLocaleNumber(48.3, false)).toBe(48.3);
  });

  it('returns null for suppression and missing marks', () => {
    for (const mark of ['..', '.', '-', '', '  ', null, 'x'])
      expect(parseLocaleNumber(mark, true)).toBeNull();
  });

  it('returns NaN for what is not a number', () => {
    expect(parseLocaleNumber('4,5,6', true)).toBeNaN();
    expect(parseLocaleNumber('12.3.4', false)).toBeNaN();
    expect(parseLocaleNumber('abc', false)).toBeNaN();
    expect(parseLocaleNumber(true, false)).toBeNaN();
  });
});

describe('parseLocaleCount', () => {
  it('reads thousands dots in counts even where no cell has a decimal comma', () => {
    expect(parseLocaleCount('39.812', false)).toBe(39812);
    expect(parseLocaleCount('812', false)).toBe(812);
  });
});

describe('usesDecimalComma', () => {
  it('is true when any numeric cell has a decimal comma', () => {
    expect(usesDecimalComma(['1.039', '47,3'])).toBe(true);
    expect(usesDecimalComma(['1.039', 47.3, '12'])).toBe(false);
  });
});
