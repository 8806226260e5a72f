import { seriesTable } from './chart-table.ts';
import type { LineSpec } from './chart-spec.ts';
import type { FigureOptions, FigureParts } from './figure-parts.ts';
import { toFocusData } from './focus.ts';
import { lineChart } from './line-chart.ts';
import { summarizeLatest } from './summarize.ts';
import type { Series } from './types.ts';

/**
 * A line chart figure. Its own module because the municipality picker builds line figures in
 * the browser: importing it must not bring the other figures' code along.
 */
export function lineFigure(
  series: readonly Series[],
  options: FigureOptions & Pick<LineSpec, 'height' | 'includeZero' | 'yLabel'>,
): FigureParts {
  const { format, height, includeZero, yLabel } = options;
  const geometry = lineChart(series, { width: 640, height: 320, format, includeZero: includeZero ?? true });
  return {
    summary:
      options.summary ??
      summarizeLatest(series, { format, subject: options.subject, period: options.period }),
    spec: { kind: 'line', series: [...series], format, height, includeZero, yLabel },
    table: seriesTable(series, format, options.title),
    focus: toFocusData(geometry),
  };
}
