import { bisectCenter } from 'd3-array';
import type { LineChartGeometry } from './line-chart.ts';

/**
 * What the tooltip needs, compact enough to ride along in a data attribute: the x of each
 * period, its label, and per series the y and the shown text. Context series are left out.
 */
export interface FocusData {
  /** Vertical offset of the chart body inside the SVG document (the sample-data band). */
  offsetY: number;
  top: number;
  bottom: number;
  xs: number[];
  labels: string[];
  series: { label: string; color: string; ys: (number | null)[]; texts: string[] }[];
}

export function toFocusData(geometry: LineChartGeometry, offsetY = 0): FocusData {
  const shown = geometry.lines.flatMap((line, i) => (line.role === 'context' ? [] : [{ line, i }]));
  return {
    offsetY,
    top: geometry.plot.top,
    bottom: geometry.plot.bottom,
    xs: geometry.focus.map((f) => f.x),
    labels: geometry.focus.map((f) => f.label),
    series: shown.map(({ line, i }) => ({
      label: line.label,
      color: line.style.color,
      ys: geometry.focus.map((f) => f.values[i]?.y ?? null),
      texts: geometry.focus.map((f) => f.values[i]?.text ?? ''),
    })),
  };
}

/** The period nearest to x (in SVG units), as an index into `xs`. */
export function nearestIndex(xs: readonly number[], x: number): number {
  return xs.length === 0 ? -1 : bisectCenter(xs, x);
}

/** One line to show and announce: "maj 2024: Aarhus 34,2 pct., Hele landet 31,0 pct." */
export function describeFocus(data: FocusData, index: number): string {
  const values = data.series.map((s) => `${s.label} ${s.texts[index] ?? ''}`);
  return `${data.labels[index] ?? ''}: ${values.join(', ')}`;
}
