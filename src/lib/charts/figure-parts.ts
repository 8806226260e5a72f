import type { ChartSpec } from './chart-spec.ts';
import type { ChartTable } from './chart-table.ts';
import type { FocusData } from './focus.ts';
import type { ValueFormat } from './types.ts';

/** What every figure needs besides its data. */
export interface FigureOptions {
  /** The chart's title; also the table's caption. */
  title: string;
  /** The one-sentence summary; default: the chart's summarize function. */
  summary?: string | undefined;
  /** The noun the default summary uses: "andelen", "antallet" (default "værdien"). */
  subject?: string | undefined;
  /** The period the page reports, which the default summary speaks of (summarizeLatest). */
  period?: string | undefined;
  format: ValueFormat;
}

/** The ready-to-render pieces of a chart figure; the SVG is drawn from `spec` at each width. */
export interface FigureParts {
  summary: string;
  spec: ChartSpec;
  table: ChartTable;
  /** Present for charts over time, for the crosshair tooltip. */
  focus?: FocusData;
}

/** The unit over the value axis: the given label, or "Pct." for percentages. */
export function yLabelFor(format: ValueFormat, yLabel: string | undefined): { yLabel?: string } {
  const label = yLabel ?? (format.unit === 'percent' ? 'Pct.' : undefined);
  return label === undefined ? {} : { yLabel: label };
}
