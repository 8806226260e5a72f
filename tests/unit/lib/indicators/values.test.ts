import { describe, expect, it } from 'vitest';
import { changeOver12Months, reportedCountryValue, valueAt } from '../../../../src/lib/indicators/values.ts';
import { missing, ok, suppressed } from './fixtures.ts';

const rows = [
  ok('751', '2024-05', 47.3),
  ok('751', '2023-05', 46.1),
  suppressed('825', '2024-05'),
  ok('825', '2023-05', 12),
  missing('101', '2024-05'),
  ok('101', '2023-05', 30),
  ok('000', '2024-05', 45),
];

describe('valueAt', () => {
  it('reads the published value of an area in a period', () => {
    expect(valueAt(rows, '751', '2024-05')).toBe(47.3);
  });

  it('is null for a suppressed figure, never 0', () => {
    expect(valueAt(rows, '825', '2024-05')).toBeNull();
  });

  it('is null for a missing or absent row', () => {
    expect(valueAt(rows, '101', '2024-05')).toBeNull();
    expect(valueAt(rows, '751', '2022-05')).toBeNull();
    expect(valueAt(rows, '999', '2024-05')).toBeNull();
  });
});

describe('changeOver12Months', () => {
  it('is the difference from the same month a year earlier, free of floating-point noise', () => {
    expect(changeOver12Months(rows, '751', '2024-05')).toBe(1.2);
  });

  it('is negative when the value fell', () => {
    expect(changeOver12Months([ok('751', '2024-05', 40), ok('751', '2023-05', 42.5)], '751', '2024-05')).toBe(
      -2.5,
    );
  });

  it('is null when either value is not published', () => {
    expect(changeOver12Months(rows, '825', '2024-05')).toBeNull();
    expect(changeOver12Months(rows, '101', '2024-05')).toBeNull();
    expect(changeOver12Months(rows, '000', '2024-05')).toBeNull();
  });
});

describe('reportedCountryValue', () => {
  it("gives the country's value in the period to report", () => {
    expect(
      reportedCountryValue([ok('000', '2024-04', 40), ok('000', '2024-05', 41), ok('101', '2024-06', 5)]),
    ).toEqual({
      period: '2024-05',
      value: 41,
    });
  });

  it('is null when the country has no published value', () => {
    expect(reportedCountryValue([ok('101', '2024-06', 5)])).toBeNull();
  });
});
