import { bisectCenter } from 'd3-array';
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { LineChartGeometry, PlotFrame } from './line-chart.ts';

/**
 * What the tooltip needs, at any width: per period its time and label, and per series the
 * values and their shown text. Positions come from the drawn SVG's plot frame (plotAttribute),
 * so one FocusData serves every width the chart is drawn at. Background lines are named on
 * the chart, so their values are shown too.
 */
export interface FocusData {
  /** Start of each period in milliseconds. */
  times: number[];
  labels: string[];
  series: { label: string; color: string; values: (number | null)[]; texts: string[] }[];
}

export function toFocusData(geometry: LineChartGeometry): FocusData {
  return {
    times: geometry.focus.map((f) => f.time),
    labels: geometry.focus.map((f) => f.label),
    series: geometry.lines.map((line, i) => ({
      label: line.label,
      color: line.style.color,
      values: geometry.focus.map((f) => f.values[i]?.value ?? null),
      texts: geometry.focus.map((f) => f.values[i]?.text ?? ''),
    })),
  };
}

/** The plot frame as the SVG carries it in data-plot. */
export function plotAttribute(plot: PlotFrame): string {
  return [plot.left, plot.top, plot.right, plot.bottom, plot.t0, plot.t1, plot.v0, plot.v1].join(' ');
}

export function parsePlotAttribute(text: string): PlotFrame {
  const [left = 0, top = 0, right = 1, bottom = 1, t0 = 0, t1 = 1, v0 = 0, v1 = 1] = text
    .split(' ')
    .map(Number);
  return { left, top, right, bottom, t0, t1, v0, v1 };
}

/** The scales the axes drew with, rebuilt from a drawing's plot frame. */
function plotScales(plot: PlotFrame): { x: ScaleTime<number, number>; y: ScaleLinear<number, number> } {
  return {
    x: scaleUtc().domain([plot.t0, plot.t1]).range([plot.left, plot.right]),
    y: scaleLinear().domain([plot.v0, plot.v1]).range([plot.bottom, plot.top]),
  };
}

/** Where a period's crosshair and its values sit in a drawing with this plot frame. */
export function focusPosition(
  data: FocusData,
  plot: PlotFrame,
  index: number,
): { x: number; ys: (number | null)[] } {
  const { x, y } = plotScales(plot);
  const ys = data.series.map((s) => {
    const value = s.values[index] ?? null;
    return value === null ? null : y(value);
  });
  return { x: x(data.times[index] ?? plot.t0), ys };
}

/** The period nearest to x (in SVG units), as an index into `times`. */
export function nearestIndex(data: FocusData, plot: PlotFrame, x: number): number {
  if (data.times.length === 0) return -1;
  return bisectCenter(data.times, plotScales(plot).x.invert(x).getTime());
}

/** One line to show and announce: "maj 2024: Aarhus 34,2 pct., Hele landet 31,0 pct." */
export function describeFocus(data: FocusData, index: number): string {
  const values = data.series.map((s) => `${s.label} ${s.texts[index] ?? ''}`);
  return `${data.labels[index] ?? ''}: ${values.join(', ')}`;
}
