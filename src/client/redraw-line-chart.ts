import { parseChartData } from '../lib/charts/chart-data.ts';
import { lineFigure } from '../lib/charts/line-figure.ts';
import type { LineRedrawOptions } from '../lib/charts/picker-url.ts';
import { tableHtml } from '../lib/charts/render/table-html.ts';

export interface RedrawnFigure {
  title: string;
  summary: string;
  svg: string;
  focus: string;
  table: string;
}

/**
 * Turns fetched ChartData into the markup of a line chart figure with the functions the
 * server used. Its own module so the picker's lazy import() carries only this path.
 */
export function redrawLineChart(
  json: unknown,
  source: string,
  figureId: string,
  options: LineRedrawOptions,
): RedrawnFigure {
  const data = parseChartData(json, source);
  const parts = lineFigure(data.series, {
    ...options,
    id: figureId,
    title: data.title,
    summary: data.summary,
    format: data.format,
    sample: data.sample,
  });
  return {
    title: data.title,
    summary: parts.summary,
    svg: parts.svg,
    focus: JSON.stringify(parts.focus),
    table: tableHtml(parts.table, `${figureId}-table`),
  };
}
