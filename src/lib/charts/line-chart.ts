import { line } from 'd3-shape';
import { parsePeriod } from '../data/period.ts';
import { formatPeriod } from '../format.ts';
import { comparePeriods } from '../data/period.ts';
import { valueText } from '../value-text.ts';
import { timeAxis, valueAxis, valueDomain } from './axes.ts';
import { legendRowCount, legendRows, LEGEND_ROW, type LegendItem } from './legend.ts';
import { endLabels, LABEL_GAP, type LineLabel } from './line-labels.ts';
import { seriesStyles } from './palette.ts';
import { estimateTextWidth, round } from './text.ts';
import type { Margin, Point, Series, SeriesRole, SeriesStyle, Tick, ValueFormat } from './types.ts';

export type { LineLabel } from './line-labels.ts';

export interface LineChartOptions {
  width: number;
  /** Height of the plot with its axes; a legend below adds to it. */
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
  /** Name the lines: at their ends where there is room, else in a legend below (default true). */
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

/** One period across all series: what a crosshair or tooltip shows. */
export interface FocusColumn {
  period: string;
  /** Start of the period in milliseconds. */
  time: number;
  label: string;
  x: number;
  values: { seriesId: string; label: string; value: number | null; y: number | null; text: string }[];
}

/** The plot box and the domains it maps, so a browser can place a crosshair on any drawing. */
export interface PlotFrame {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Time domain in milliseconds and value domain, as the axes drew them. */
  t0: number;
  t1: number;
  v0: number;
  v1: number;
}

export interface LineChartGeometry {
  width: number;
  height: number;
  plot: PlotFrame;
  xTicks: Tick[];
  yTicks: Tick[];
  lines: LineGeometry[];
  /** Names at the ends of the lines, or none when the legend below names them. */
  labels: LineLabel[];
  legend: LegendItem[];
  focus: FocusColumn[];
}

/** The geometry of a line chart over periods: paths with gaps, ticks, line names and focus columns. */
export function lineChart(series: readonly Series[], options: LineChartOptions): LineChartGeometry {
  const { width, height, format, includeZero = true, directLabels = true } = options;
  const styles = seriesStyles(series);
  const sorted = series.map((s) => ({ ...s, points: sortByPeriod(s.points) }));
  const defined = sorted.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const named = directLabels ? series : [];
  const labelWidth = Math.max(0, ...named.map((s) => estimateTextWidth(s.label))) + LABEL_GAP + 18;
  const atEnds = named.length > 0 && labelWidth <= width * 0.3;

  const top = options.margin?.top ?? 24;
  const bottom = height - (options.margin?.bottom ?? 28);
  const yCount = Math.max(2, Math.round((bottom - top) / 50));
  const y = valueAxis(options.yDomain ?? valueDomain(defined, includeZero), [bottom, top], yCount);
  const left = options.margin?.left ?? Math.max(24, ...y.ticks.map((t) => estimateTextWidth(t.label))) + 10;
  const right = width - (options.margin?.right ?? (atEnds ? labelWidth : 20));

  const dates = [...new Set(sorted.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const [first, last] = options.xDomain ?? [dates[0] ?? '2000', dates[dates.length - 1] ?? '2000'];
  const timeDomain: [Date, Date] = [parsePeriod(first).start, parsePeriod(last).start];
  const x = timeAxis(timeDomain, [left, right]);
  const xOf = (period: string): number => round(x.scale(parsePeriod(period).start));
  const yOf = (value: number): number => round(y.scale(value));
  const path = line<{ period: string; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => xOf(p.period))
    .y((p) => yOf(p.value ?? 0))
    .digits(2);

  const lines = sorted.map((s, i): LineGeometry => {
    const lastDefined = s.points.findLast((p) => p.value !== null);
    return {
      id: s.id,
      label: s.label,
      role: s.role,
      style: styles[i] as SeriesStyle,
      path: path(s.points) ?? '',
      isolated: isolatedPoints(s.points).map((p) => ({ x: xOf(p.period), y: yOf(p.value) })),
      end: lastDefined?.value == null ? null : { x: xOf(lastDefined.period), y: yOf(lastDefined.value) },
    };
  });

  const labels = atEnds ? endLabels(lines, { right, top, bottom }) : [];
  const legendEntries = atEnds ? [] : lines.filter((l) => named.some((s) => s.id === l.id));
  const legend = legendRows(
    legendEntries.map((l) => ({ id: l.id, role: l.role, label: l.label, style: l.style })),
    width,
    height + 4,
  );
  const byPeriod = sorted.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const [v0 = 0, v1 = 1] = y.scale.domain();
  return {
    width,
    height: height + (legend.length > 0 ? legendRowCount(legend) * LEGEND_ROW + 8 : 0),
    plot: { left, top, right, bottom, t0: timeDomain[0].getTime(), t1: timeDomain[1].getTime(), v0, v1 },
    xTicks: x.ticks,
    yTicks: y.ticks,
    lines,
    labels,
    legend,
    focus: dates.map((period): FocusColumn => ({
      period,
      time: parsePeriod(period).start.getTime(),
      label: formatPeriod(period),
      x: xOf(period),
      values: sorted.map((s, i) => {
        const point = byPeriod[i]?.get(period);
        const value = point?.value ?? null;
        const text = valueText(value, point?.status, format);
        return { seriesId: s.id, label: s.label, value, y: value === null ? null : yOf(value), text };
      }),
    })),
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
