import { describe, expect, it } from 'vitest';
import { describeFocus, nearestIndex, toFocusData } from '../../../../src/lib/charts/focus.ts';
import { lineChart } from '../../../../src/lib/charts/line-chart.ts';
import { months, percent, wave } from './fixtures.ts';

describe('toFocusData', () => {
  const periods = months(3);
  const geometry = lineChart(
    [
      wave('751', 'Aarhus', 'primary', 34, periods, { 1: 'suppressed' }),
      wave('x', 'Andre', 'context', 20, periods),
      wave('000', 'Hele landet', 'comparison', 31, periods),
    ],
    { width: 400, height: 200, format: percent },
  );
  const data = toFocusData(geometry, 22);

  it('keeps x positions and labels per period and leaves context series out', () => {
    expect(data.xs).toEqual(geometry.focus.map((f) => f.x));
    expect(data.labels).toEqual(['januar 2022', 'februar 2022', 'marts 2022']);
    expect(data.series.map((s) => s.label)).toEqual(['Aarhus', 'Hele landet']);
    expect(data.offsetY).toBe(22);
  });

  it('describes one period in a sentence fit for a screen reader', () => {
    expect(describeFocus(data, 1)).toBe('februar 2022: Aarhus diskretioneret, Hele landet 31,8 pct.');
  });
});

describe('nearestIndex', () => {
  it('finds the nearest period to a pointer position', () => {
    expect(nearestIndex([10, 20, 30], 14)).toBe(0);
    expect(nearestIndex([10, 20, 30], 16)).toBe(1);
    expect(nearestIndex([10, 20, 30], 99)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});
