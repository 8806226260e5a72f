import { rankingTable, revisionTable, seriesTable, type ChartTable } from './chart-table.ts';
import { toFocusData, type FocusData } from './focus.ts';
import { lineChart } from './line-chart.ts';
import { rankingChart, type RankingChartOptions, type RankingItem } from './ranking-chart.ts';
import { lineChartMarks } from './render/line-marks.ts';
import { rankingChartMarks } from './render/ranking-marks.ts';
import { revisionChartMarks } from './render/revision-marks.ts';
import { smallMultiplesMarks } from './render/small-multiples-marks.ts';
import { SAMPLE_BAND, svgDocument } from './render/svg-document.ts';
import { revisionChart } from './revision-chart.ts';
import { smallMultiples, type Panel, type SmallMultiplesOptions } from './small-multiples.ts';
import { summarizeLatest, summarizeRanking, summarizeRevision } from './summarize.ts';
import type { Series, ValueFormat } from './types.ts';

/** What every figure needs besides its data. */
export interface FigureOptions {
  /** Base for element ids; unique on the page. */
  id: string;
  title: string;
  /** The one-sentence summary, also the SVG's <desc>; default: the chart's summarize function. */
  summary?: string | undefined;
  /** The noun the default summary uses: "andelen", "antallet" (default "værdien"). */
  subject?: string | undefined;
  format: ValueFormat;
  sample?: boolean | undefined;
  /** Lines under the chart inside the SVG, from footerLines: source and data date travel with downloads. */
  footer?: readonly string[] | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/** The ready-to-render pieces of a chart figure. */
export interface FigureParts {
  summary: string;
  svg: string;
  table: ChartTable;
  /** Present for charts over time, for the crosshair tooltip. */
  focus?: FocusData;
}

function figureSvg(options: FigureOptions, summary: string, size: [number, number], body: string): string {
  const [width, height] = size;
  return svgDocument({
    id: options.id,
    title: options.title,
    description: summary,
    width,
    height,
    body,
    sample: options.sample ?? false,
    footer: options.footer ?? [],
  });
}

function yLabelFor(format: ValueFormat, yLabel: string | undefined): { yLabel?: string } {
  const label = yLabel ?? (format.unit === 'percent' ? 'Pct.' : undefined);
  return label === undefined ? {} : { yLabel: label };
}

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

export function rankingFigure(
  items: readonly RankingItem[],
  options: FigureOptions & Pick<RankingChartOptions, 'highlight' | 'reference'> & { period: string },
): FigureParts {
  const { width = 640, format, highlight, reference, period } = options;
  const geometry = rankingChart(items, { width, format, highlight, reference });
  const summary = options.summary ?? summarizeRanking(items, { format, period, highlight, reference });
  return {
    summary,
    svg: figureSvg(options, summary, [width, geometry.height], rankingChartMarks(geometry)),
    table: rankingTable(items, format, options.title),
  };
}

export function revisionFigure(
  older: Series,
  newer: Series,
  options: FigureOptions & { yLabel?: string | undefined },
): FigureParts {
  const { width = 640, height = 320, format } = options;
  const geometry = revisionChart(older, newer, { width, height, format });
  const summary =
    options.summary ?? summarizeRevision(geometry.revisions, geometry.comparedPeriods, { format });
  return {
    summary,
    svg: figureSvg(
      options,
      summary,
      [width, height],
      revisionChartMarks(geometry, yLabelFor(format, options.yLabel)),
    ),
    table: revisionTable(older, newer, format, options.title),
    focus: toFocusData(geometry, options.sample ? SAMPLE_BAND : 0),
  };
}

export function smallMultiplesFigure(
  panels: readonly Panel[],
  options: FigureOptions & {
    summary: string;
    columns?: number | undefined;
    legend?: SmallMultiplesOptions['legend'] | undefined;
    sharedY?: boolean | undefined;
  },
): FigureParts {
  const { width = 640, height = 140, format } = options;
  const geometry = smallMultiples(panels, {
    width,
    panelHeight: height,
    format,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.legend === undefined ? {} : { legend: options.legend }),
    ...(options.sharedY === undefined ? {} : { sharedY: options.sharedY }),
  });
  return {
    summary: options.summary,
    svg: figureSvg(options, options.summary, [width, geometry.height], smallMultiplesMarks(geometry)),
    table: seriesTable(panelColumns(panels), format, options.title),
  };
}

/** One table column per distinct series: a series shared by all panels (the country) once. */
function panelColumns(panels: readonly Panel[]): Series[] {
  const panelCount = new Map<string, number>();
  for (const s of panels.flatMap((panel) => panel.series))
    panelCount.set(s.id, (panelCount.get(s.id) ?? 0) + 1);
  const columns = new Map<string, Series>();
  for (const panel of panels) {
    for (const s of panel.series) {
      if (columns.has(s.id)) continue;
      const shared = (panelCount.get(s.id) ?? 0) > 1;
      const label = shared ? s.label : s.role === 'primary' ? panel.title : `${panel.title}: ${s.label}`;
      columns.set(s.id, { ...s, label });
    }
  }
  return [...columns.values()];
}
