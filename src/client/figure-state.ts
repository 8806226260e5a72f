import { parseChartData } from '../lib/charts/chart-data.ts';
import type { LineSpec } from '../lib/charts/chart-spec.ts';
import { lineFigure } from '../lib/charts/line-figure.ts';
import { tableHtml } from '../lib/charts/render/table-html.ts';
import { drawFigure } from './draw-figure.ts';

/**
 * What a figure shows, as the municipality picker and the comparison swap it: the text
 * around the chart, the chart's spec and focus data, the table and the download name.
 */
export interface FigureState {
  title: string;
  summary: string;
  /** The data-chart and data-focus attributes, as JSON. */
  spec: string;
  focus: string;
  table: string;
  filename: string;
}

function parts(figure: HTMLElement) {
  return {
    title: figure.querySelector('.chart-title'),
    summary: figure.querySelector('.chart-summary'),
    frame: figure.querySelector<HTMLElement>('.chart-frame'),
    table: figure.querySelector('.chart-data .table-scroll'),
    download: figure.querySelector<HTMLElement & { useGenerated?: () => void }>('chart-download'),
  };
}

export function readFigure(figure: HTMLElement): FigureState {
  const { title, summary, frame, table, download } = parts(figure);
  return {
    title: title?.textContent?.trim() ?? '',
    summary: summary?.textContent?.trim() ?? '',
    spec: figure.dataset['chart'] ?? '',
    focus: frame?.dataset['focus'] ?? '',
    table: table?.innerHTML ?? '',
    filename: download?.dataset['filename'] ?? '',
  };
}

/** Shows a state and draws its chart at the frame's width; `generated` marks data the build did not write. */
export function writeFigure(figure: HTMLElement, state: FigureState, generated: boolean): void {
  const { title, summary, frame, table, download } = parts(figure);
  if (title) title.textContent = state.title;
  if (summary) summary.textContent = state.summary;
  figure.dataset['chart'] = state.spec;
  if (frame) frame.dataset['focus'] = state.focus;
  if (table) table.innerHTML = state.table;
  if (download) download.dataset['filename'] = state.filename;
  if (generated) download?.useGenerated?.();
  drawFigure(figure);
}

/** The state of a line chart figure for fetched ChartData (as /data/mm13/kommune/751.json holds). */
export function figureFromChartData(
  json: unknown,
  source: string,
  figure: HTMLElement,
  text: { title?: string; summary?: string; filename: string },
): FigureState {
  const data = parseChartData(json, source);
  const previous = JSON.parse(figure.dataset['chart'] ?? '{}') as Partial<LineSpec>;
  const title = text.title ?? data.title;
  const parts = lineFigure(data.series, {
    title,
    summary: text.summary ?? data.summary,
    format: data.format,
    height: previous.height,
    yLabel: previous.yLabel,
    includeZero: previous.includeZero,
  });
  return {
    title,
    summary: parts.summary,
    spec: JSON.stringify(parts.spec),
    focus: JSON.stringify(parts.focus),
    table: tableHtml(parts.table, `${figure.id}-table`),
    filename: text.filename,
  };
}
