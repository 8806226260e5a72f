import { precisionFixed } from 'd3';
import { describe, expect, it } from 'vitest';
import { decimalsForStep, formatFixed } from '../../../../src/lib/charts/danish-number.ts';
import { formatDifference, formatValue } from '../../../../src/lib/charts/value-format.ts';
import { danishNumberLocale, formatChange, formatNumber, formatPct } from '../../../../src/lib/format.ts';

const values = [
  0, -0, 0.04, -0.04, 0.05, 1, 12.5, -12.5, 999.95, 1000, 1234.5678, -98765.4321, 1039.5, 47.25, 3e7,
  0.000123,
];

describe('formatFixed', () => {
  it('writes thousands with a dot, decimals with a comma and a real minus sign', () => {
    expect(formatFixed(1234.5, 1)).toBe('1.234,5');
    expect(formatFixed(-0.8, 1)).toBe('\u22120,8');
    expect(formatFixed(1000000, 0)).toBe('1.000.000');
  });

  it('drops the minus sign from a value that rounds to zero', () => {
    expect(formatFixed(-0.04, 1)).toBe('0,0');
  });

  it('writes what the site-wide Danish d3-format locale writes', () => {
    for (const decimals of [0, 1, 2, 3]) {
      const d3 = danishNumberLocale.format(`,.${decimals}f`);
      for (const value of values)
        expect(formatFixed(value, decimals), `${value} with ${decimals}`).toBe(d3(value));
    }
  });
});

describe('decimalsForStep', () => {
  it('is d3-format precisionFixed', () => {
    for (const step of [100, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.01, 0.001, 2.5e-5]) {
      expect(decimalsForStep(step), String(step)).toBe(precisionFixed(step));
    }
  });
});

describe('value formats', () => {
  it('match formatPct, formatNumber and formatChange of the site', () => {
    for (const value of values) {
      expect(formatValue(value, { unit: 'percent', decimals: 1 })).toBe(formatPct(value, 1));
      expect(formatValue(value, { unit: 'count', decimals: 0 })).toBe(formatNumber(value, 0));
      expect(formatDifference(value, { unit: 'percent', decimals: 1 })).toBe(formatChange(value, 1));
    }
  });
});
