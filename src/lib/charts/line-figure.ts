import { seriesTable } from './chart-table.ts';
import { figureSvg, yLabelFor, type FigureOptions, type FigureParts } from './figure-svg.ts';
import { toFocusData } from './focus.ts';
import { lineChart } from './line-chart.ts';
import { lineChartMarks } from './render/line-marks.ts';
import { SAMPLE_BAND } from './render/svg-document.ts';
import { summarizeLatest } from './summarize.ts';
import type { Series } from './types.ts';

/**
 * A line chart figure. Its own module because the municipality picker redraws line charts in
 * the browser: importing it must not bring the other figures' code along.
 */
export function lineFigure(
  series: readonly Series[],
  options: FigureOptions & { yLabel?: string | undefined; includeZero?: boolean | undefined },
): FigureParts {
  const { width = 640, height = 320, format, includeZero = true } = options;
  const geometry = lineChart(series, { width, height, format, includeZero });
  const summary = options.summary ?? summarizeLatest(series, { format, subject: options.subject });
  return {
    summary,
    svg: figureSvg(
      options,
      summary,
      [width, height],
      lineChartMarks(geometry, yLabelFor(format, options.yLabel)),
    ),
    table: seriesTable(series, format, options.title),
    focus: toFocusData(geometry, options.sample ? SAMPLE_BAND : 0),
  };
}
