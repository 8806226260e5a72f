import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../../src/lib/charts/line-chart.ts';
import { estimateTextWidth } from '../../../../src/lib/charts/text.ts';
import { aarhusSeries, months, percent, wave } from './fixtures.ts';

const size = { width: 640, height: 320, format: percent };

describe('lineChart', () => {
  it('breaks a line where a value is null instead of drawing it as zero', () => {
    const periods = months(6);
    const series = [wave('a', 'A', 'primary', 30, periods, { 2: 'suppressed' })];
    const { lines, plot } = lineChart(series, size);
    const moves = lines[0]?.path.match(/M/g) ?? [];
    expect(moves).toHaveLength(2);
    expect(lines[0]?.path).not.toContain(`,${plot.bottom}`);
  });

  it('draws a value between two gaps as an isolated dot', () => {
    const { lines } = lineChart(aarhusSeries(), size);
    expect(lines[0]?.isolated).toHaveLength(1);
    expect(lines[1]?.isolated).toHaveLength(0);
  });

  it('ends each line at its last value and labels it there', () => {
    const { lines, labels, plot } = lineChart(aarhusSeries(), size);
    expect(lines[0]?.end?.x).toBe(plot.right);
    expect(labels.map((l) => l.text)).toEqual(['Aarhus', 'Region Midtjylland', 'Hele landet']);
    for (const label of labels) expect(label.x).toBeGreaterThan(plot.right);
  });

  it('keeps end labels at least a line apart', () => {
    const periods = months(3);
    const series = [
      wave('a', 'A', 'primary', 30, periods),
      wave('b', 'B', 'comparison', 30.1, periods),
      wave('c', 'C', 'comparison', 30.2, periods),
    ];
    const ys = lineChart(series, size)
      .labels.map((l) => l.y)
      .sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(17 - 0.01);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(14 - 0.01);
  });

  it('names every series, background lines too, and sizes the right margin to fit the longest name', () => {
    const periods = months(3);
    const series = [
      wave('a', 'A', 'primary', 30, periods),
      wave('c', 'Region Midtjylland', 'context', 20, periods),
    ];
    const chart = lineChart(series, size);
    expect(chart.labels.map((l) => l.text)).toEqual(['A', 'Region Midtjylland']);
    expect(chart.plot.right).toBe(640 - 28 - estimateTextWidth('Region Midtjylland'));
  });

  it('moves the names into a legend below the plot when the ends have no room', () => {
    const narrow = lineChart(aarhusSeries(), { ...size, width: 280 });
    expect(narrow.labels).toEqual([]);
    expect(narrow.legend.map((item) => item.text)).toEqual(['Aarhus', 'Region Midtjylland', 'Hele landet']);
    expect(narrow.plot.right).toBe(260);
    expect(narrow.height).toBeGreaterThan(320);
    for (const item of narrow.legend) {
      expect(item.y).toBeGreaterThan(320);
      expect(item.x + 30 + estimateTextWidth(item.text)).toBeLessThanOrEqual(280);
    }
  });

  it('thins the time ticks until their labels no longer touch', () => {
    for (const width of [280, 350, 440, 550]) {
      const { xTicks } = lineChart(aarhusSeries(), { ...size, width });
      xTicks.slice(1).forEach((tick, i) => {
        const before = xTicks[i]!;
        const room = (estimateTextWidth(before.label) + estimateTextWidth(tick.label)) / 2;
        expect(tick.position - before.position).toBeGreaterThanOrEqual(room);
      });
    }
  });

  it('starts the value axis at zero by default and fits the data when told not to', () => {
    expect(lineChart(aarhusSeries(), size).yTicks[0]?.label).toBe('0');
    const fitted = lineChart(aarhusSeries(), { ...size, includeZero: false });
    expect(fitted.yTicks[0]?.label).toBe('28');
  });

  it('writes focus values in Danish and says why a value is absent', () => {
    const { focus } = lineChart(aarhusSeries(), size);
    expect(focus).toHaveLength(36);
    expect(focus[10]?.label).toBe('november 2022');
    expect(focus[10]?.values[0]).toMatchObject({ label: 'Aarhus', y: null, text: 'diskretioneret' });
    expect(focus[20]?.values[0]?.text).toBe('ikke oplyst');
    expect(focus[0]?.values[2]?.text).toBe('31,0 pct.');
  });

  it('honours a fixed time domain and value domain', () => {
    const chart = lineChart(aarhusSeries(), { ...size, xDomain: ['2020-01', '2024-12'], yDomain: [0, 50] });
    expect(chart.xTicks[0]?.label).toBe('2020');
    expect(chart.yTicks[chart.yTicks.length - 1]?.label).toBe('50');
  });

  it('sorts unsorted points by period', () => {
    const series = [
      {
        id: 'a',
        label: 'A',
        role: 'primary' as const,
        points: [
          { period: '2024-03', value: 3 },
          { period: '2024-01', value: 1 },
          { period: '2024-02', value: 2 },
        ],
      },
    ];
    const { focus } = lineChart(series, size);
    expect(focus.map((f) => f.period)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('places quarters and years on the same time axis', () => {
    const series = [
      {
        id: 'q',
        label: 'Q',
        role: 'primary' as const,
        points: [
          { period: '2023-Q1', value: 1 },
          { period: '2023-Q2', value: 2 },
          { period: '2023-Q3', value: 3 },
        ],
      },
    ];
    const { focus } = lineChart(series, size);
    expect(focus.map((f) => f.label)).toEqual(['1. kvartal 2023', '2. kvartal 2023', '3. kvartal 2023']);
    expect(focus[0]!.x).toBeLessThan(focus[1]!.x);
  });
});
