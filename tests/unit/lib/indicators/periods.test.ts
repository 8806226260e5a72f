import { describe, expect, it } from 'vitest';
import { latestPeriod, periodAYearEarlier, periodToReport } from '../../../../src/lib/indicators/periods.ts';
import { missing, ok, suppressed } from './fixtures.ts';

describe('latestPeriod', () => {
  it('is the newest period with a published value for the country', () => {
    const rows = [
      ok('000', '2024-05', 47),
      ok('000', '2024-06', 48),
      ok('101', '2024-07', 50),
      missing('000', '2024-07'),
    ];
    expect(latestPeriod(rows)).toBe('2024-06');
  });

  it('skips a newest period the country has only suppressed', () => {
    expect(latestPeriod([ok('000', '2024-05', 47), suppressed('000', '2024-06')])).toBe('2024-05');
  });

  it('can be asked for another area', () => {
    expect(
      latestPeriod([ok('000', '2024-06', 47), ok('751', '2024-04', 40), suppressed('751', '2024-06')], '751'),
    ).toBe('2024-04');
  });

  it('is null when the area has no published value', () => {
    expect(latestPeriod([suppressed('000', '2024-06')])).toBeNull();
    expect(latestPeriod([])).toBeNull();
  });
});

describe('periodToReport', () => {
  it('is the newest period with a published national value, although areas have newer ones', () => {
    expect(
      periodToReport([ok('000', '2024-05', 47), suppressed('000', '2024-06'), ok('751', '2024-06', 40)]),
    ).toBe('2024-05');
  });

  it('is the newest period when the country has no published value at all', () => {
    expect(
      periodToReport([suppressed('000', '2024-06'), ok('751', '2024-05', 40), ok('751', '2024-06', 41)]),
    ).toBe('2024-06');
  });

  it('is null only for no observations', () => {
    expect(periodToReport([])).toBeNull();
  });
});

describe('periodAYearEarlier', () => {
  it('goes back one year in each periodicity', () => {
    expect(periodAYearEarlier('2024-05')).toBe('2023-05');
    expect(periodAYearEarlier('2024-Q2')).toBe('2023-Q2');
    expect(periodAYearEarlier('2024')).toBe('2023');
  });

  it('refuses text that is not a canonical period', () => {
    expect(() => periodAYearEarlier('2024M05')).toThrow(/2024M05/);
  });
});
