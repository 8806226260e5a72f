import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatNumber,
  formatPct,
  formatPeriod,
  formatPeriodShort,
} from '../../../src/lib/format.ts';

describe('formatNumber', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567)).toBe('1.234.567');
  });
  it('writes decimals with a comma and drops trailing zeros by default', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(12.0)).toBe('12');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
  });
  it('keeps a fixed number of decimals when asked', () => {
    expect(formatNumber(12, 1)).toBe('12,0');
    expect(formatNumber(1039.456, 2)).toBe('1.039,46');
  });
  it('uses a real minus sign', () => {
    expect(formatNumber(-3.5)).toBe('\u22123,5');
  });
});

describe('formatPct', () => {
  it('writes percentages as "pct." with one decimal by default', () => {
    expect(formatPct(12.5)).toBe('12,5 pct.');
    expect(formatPct(34.25, 2)).toBe('34,25 pct.');
    expect(formatPct(31)).toBe('31,0 pct.');
  });
});

describe('formatChange', () => {
  it('signs increases with a plus and decreases with U+2212', () => {
    expect(formatChange(1.2)).toBe('+1,2 procentpoint');
    expect(formatChange(-0.8)).toBe('\u22120,8 procentpoint');
  });
  it('gives no sign to a change that rounds to zero', () => {
    expect(formatChange(0)).toBe('0,0 procentpoint');
    expect(formatChange(-0.04)).toBe('0,0 procentpoint');
  });
});

describe('formatPeriod', () => {
  it('names months, quarters and years in Danish', () => {
    expect(formatPeriod('2024-05')).toBe('maj 2024');
    expect(formatPeriod('2024-01')).toBe('januar 2024');
    expect(formatPeriod('2024-Q2')).toBe('2. kvartal 2024');
    expect(formatPeriod('2024')).toBe('2024');
  });
  it('rejects a period that is not canonical', () => {
    expect(() => formatPeriod('2024M05')).toThrow("Period '2024M05' is not of the form");
    expect(() => formatPeriod('2024-13')).toThrow();
    expect(() => formatPeriod('2024-Q5')).toThrow();
  });
});

describe('formatPeriodShort', () => {
  it('abbreviates months the Danish way', () => {
    expect(formatPeriodShort('2024-01')).toBe('jan. 2024');
    expect(formatPeriodShort('2024-05')).toBe('maj 2024');
    expect(formatPeriodShort('2024-Q3')).toBe('3. kvt. 2024');
    expect(formatPeriodShort('2024')).toBe('2024');
  });
});

describe('formatDate', () => {
  it('writes a date as Danish prose', () => {
    expect(formatDate('2024-09-02')).toBe('2. september 2024');
    expect(formatDate('2024-12-31')).toBe('31. december 2024');
  });
  it('writes a Date the same way, by its UTC day', () => {
    expect(formatDate(new Date('2023-04-20T00:00:00Z'))).toBe('20. april 2023');
    expect(formatDate(new Date('2024-12-31T23:30:00Z'))).toBe('31. december 2024');
  });
  it('rejects an impossible date', () => {
    expect(() => formatDate('2024-02-30')).toThrow("Date '2024-02-30' is not a valid date");
    expect(() => formatDate('2. sep 2024')).toThrow();
  });
});
