import { rankingTable, revisionTable, seriesTable } from './chart-table.ts';
import { toFocusData } from './focus.ts';
import { rankingChart, type RankingChartOptions, type RankingItem } from './ranking-chart.ts';
import { rankingChartMarks } from './render/ranking-marks.ts';
import { revisionChartMarks } from './render/revision-marks.ts';
import { smallMultiplesMarks } from './render/small-multiples-marks.ts';
import { SAMPLE_BAND } from './render/svg-document.ts';
import { figureSvg, yLabelFor, type FigureOptions, type FigureParts } from './figure-svg.ts';
import { revisionChart } from './revision-chart.ts';
import { smallMultiples, type Panel, type SmallMultiplesOptions } from './small-multiples.ts';
import { summarizeRanking, summarizeRevision } from './summarize.ts';
import type { Series } from './types.ts';

export { lineFigure } from './line-figure.ts';
export type { FigureOptions, FigureParts } from './figure-svg.ts';

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
