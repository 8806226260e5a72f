import { comparePeriods, formatPeriod, parsePeriod } from '../format.ts';
import { timeAxis, valueAxis, valueDomain } from './axes.ts';
import { seriesStyles } from './palette.ts';
import { linePath } from './path-data.ts';
import { spreadLabels } from './spread-labels.ts';
import { estimateTextWidth, round } from './text.ts';
import { formatValueOrStatus } from './value-format.ts';
import type { Margin, Point, Series, SeriesRole, SeriesStyle, Tick, ValueFormat } from './types.ts';

export interface LineChartOptions {
  width: number;
  height: number;
  /** Overrides for the automatic margins (left fits the y labels, right fits the line labels). */
  margin?: Partial<Margin>;
  format: ValueFormat;
  /** A fixed value domain, e.g. one shared by small multiples; default: the data's, niced. */
  yDomain?: [number, number];
  /** A fixed time domain as [first, last] period; default: the data's. */
  xDomain?: [string, string];
  /** Stretch the value axis to zero (default true: levels read honestly from a zero base). */
  includeZero?: boolean;
  /** Label each line at its end instead of relying on a legend (default true). */
  directLabels?: boolean;
}

export interface LineGeometry {
  id: string;
  label: string;
  role: SeriesRole;
  style: SeriesStyle;
  /** SVG path data; null values break the line. */
  path: string;
  /** Values with no neighbour on either side: no line shows them, so they are drawn as dots. */
  isolated: Point[];
  /** The last drawn value, where the end marker sits. */
  end: Point | null;
}

export interface LineLabel {
  seriesId: string;
  text: string;
  x: number;
  /** Label centre after collision avoidance. */
  y: number;
  /** Where the line ends; differs from y when the label was moved. */
  anchorY: number;
  color: string;
}

/** One period across all series: what a crosshair or tooltip shows. */
export interface FocusColumn {
  period: string;
  label: string;
  x: number;
  values: { seriesId: string; label: string; y: number | null; text: string }[];
}

export interface LineChartGeometry {
  width: number;
  height: number;
  viewBox: string;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  lines: LineGeometry[];
  labels: LineLabel[];
  focus: FocusColumn[];
}

const LABEL_LINE_HEIGHT = 14;

/** The geometry of a line chart over periods: paths with gaps, ticks, end labels and focus columns. */
export function lineChart(series: readonly Series[], options: LineChartOptions): LineChartGeometry {
  const { width, height, format, includeZero = true, directLabels = true } = options;
  const styles = seriesStyles(series);
  const sorted = series.map((s) => ({ ...s, points: sortByPeriod(s.points) }));
  const defined = sorted.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));

  const top = options.margin?.top ?? 24;
  const bottom = height - (options.margin?.bottom ?? 28);
  const yCount = Math.max(2, Math.round((bottom - top) / 50));
  const y = valueAxis(options.yDomain ?? valueDomain(defined, includeZero), [bottom, top], yCount);
  const left = options.margin?.left ?? Math.max(24, ...y.ticks.map((t) => estimateTextWidth(t.label))) + 10;
  const labelled = series.filter((s) => s.role !== 'context');
  const labelWidth = Math.max(0, ...labelled.map((s) => estimateTextWidth(s.label)));
  // A label is a marker key and the name, starting 8 px right of the plot.
  const right = width - (options.margin?.right ?? (directLabels ? labelWidth + 28 : 12));

  const dates = [...new Set(sorted.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const [first, last] = options.xDomain ?? [dates[0] ?? '2000', dates[dates.length - 1] ?? '2000'];
  const x = timeAxis([parsePeriod(first).start, parsePeriod(last).start], [left, right]);
  const xOf = (period: string): number => round(x.scale(parsePeriod(period).start));
  const yOf = (value: number): number => round(y.scale(value));

  const path = (points: readonly { period: string; value: number | null }[]): string =>
    linePath(points.map((p) => (p.value === null ? null : { x: xOf(p.period), y: yOf(p.value) })));

  const lines = sorted.map((s, i): LineGeometry => {
    const style = styles[i] as SeriesStyle;
    const lastDefined = s.points.findLast((p) => p.value !== null);
    return {
      id: s.id,
      label: s.label,
      role: s.role,
      style,
      path: path(s.points),
      isolated: isolatedPoints(s.points).map((p) => ({ x: xOf(p.period), y: yOf(p.value) })),
      end: lastDefined?.value == null ? null : { x: xOf(lastDefined.period), y: yOf(lastDefined.value) },
    };
  });

  const ends = directLabels ? lines.filter((l) => l.end !== null && l.role !== 'context') : [];
  const spread = spreadLabels(
    ends.map((l) => l.end?.y ?? 0),
    { minGap: LABEL_LINE_HEIGHT, min: top, max: bottom },
  );
  const labels = ends.map((l, i): LineLabel => ({
    seriesId: l.id,
    text: l.label,
    x: round(right + 8),
    y: round(spread[i] ?? 0),
    anchorY: l.end?.y ?? 0,
    color: l.style.color,
  }));

  const byPeriod = sorted.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const focus = dates.map((period): FocusColumn => ({
    period,
    label: formatPeriod(period),
    x: xOf(period),
    values: sorted.map((s, i) => {
      const point = byPeriod[i]?.get(period);
      const value = point?.value ?? null;
      return {
        seriesId: s.id,
        label: s.label,
        y: value === null ? null : yOf(value),
        text: formatValueOrStatus(value, point?.status, format),
      };
    }),
  }));

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    plot: { left, top, right, bottom },
    xTicks: x.ticks,
    yTicks: y.ticks,
    lines,
    labels,
    focus,
  };
}

function sortByPeriod<T extends { period: string }>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => comparePeriods(a.period, b.period));
}

function isolatedPoints<T extends { period: string; value: number | null }>(
  points: readonly T[],
): (T & { value: number })[] {
  return points.filter(
    (p, i): p is T & { value: number } =>
      p.value !== null && (points[i - 1]?.value ?? null) === null && (points[i + 1]?.value ?? null) === null,
  );
}
