import { describe, expect, it } from 'vitest';
import {
  describeFocus,
  focusPosition,
  nearestIndex,
  parsePlotAttribute,
  plotAttribute,
  toFocusData,
} from '../../../../src/lib/charts/focus.ts';
import { lineChart } from '../../../../src/lib/charts/line-chart.ts';
import { months, percent, wave } from './fixtures.ts';

const periods = months(3);
const series = [
  wave('751', 'Aarhus', 'primary', 34, periods, { 1: 'suppressed' }),
  wave('x', 'Andre', 'context', 20, periods),
  wave('000', 'Hele landet', 'comparison', 31, periods),
];

describe('toFocusData', () => {
  const data = toFocusData(lineChart(series, { width: 400, height: 200, format: percent }));

  it('keeps times, labels and values per period for every series, background lines too', () => {
    expect(data.times).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1)]);
    expect(data.labels).toEqual(['januar 2022', 'februar 2022', 'marts 2022']);
    expect(data.series.map((s) => s.label)).toEqual(['Aarhus', 'Andre', 'Hele landet']);
    expect(data.series[0]?.values[1]).toBeNull();
  });

  it('describes one period in a sentence fit for a screen reader', () => {
    expect(describeFocus(data, 1)).toBe(
      'februar 2022: Aarhus diskretioneret, Andre 20,8 pct., Hele landet 31,8 pct.',
    );
  });
});

describe('focusPosition', () => {
  it('places the crosshair where the chart drew each value, at any width', () => {
    for (const width of [280, 640]) {
      const geometry = lineChart(series, { width, height: 200, format: percent });
      const data = toFocusData(geometry);
      const plot = parsePlotAttribute(plotAttribute(geometry.plot));
      const column = geometry.focus[2]!;
      const { x, ys } = focusPosition(data, plot, 2);
      expect(x).toBeCloseTo(column.x, 1);
      expect(ys[2]).toBeCloseTo(column.values[2]!.y!, 1);
      expect(nearestIndex(data, plot, column.x + 1)).toBe(2);
    }
  });

  it('finds no period in a chart without any', () => {
    const plot = parsePlotAttribute('0 0 100 100 0 1 0 1');
    expect(nearestIndex({ times: [], labels: [], series: [] }, plot, 5)).toBe(-1);
  });
});
