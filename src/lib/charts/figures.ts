import { rankingTable, revisionTable, seriesTable } from './chart-table.ts';
import type { RankingSpec, RevisionSpec, SmallMultiplesSpec } from './chart-spec.ts';
import type { FigureOptions, FigureParts } from './figure-parts.ts';
import { toFocusData } from './focus.ts';
import type { RankingItem } from './rank-items.ts';
import { revisionChart } from './revision-chart.ts';
import type { Panel } from './small-multiples.ts';
import { summarizeRanking, summarizeRevision } from './summarize.ts';
import type { Series } from './types.ts';

export { lineFigure } from './line-figure.ts';
export type { FigureOptions, FigureParts } from './figure-parts.ts';

export function rankingFigure(
  items: readonly RankingItem[],
  options: FigureOptions & Pick<RankingSpec, 'highlight' | 'reference'> & { period: string },
): FigureParts {
  const { format, highlight, reference, period } = options;
  return {
    summary: options.summary ?? summarizeRanking(items, { format, period, highlight, reference }),
    spec: { kind: 'ranking', items: [...items], format, highlight, reference },
    table: rankingTable(items, format, options.title),
  };
}

export function revisionFigure(
  older: Series,
  newer: Series,
  options: FigureOptions & Pick<RevisionSpec, 'height' | 'yLabel'>,
): FigureParts {
  const { format, height, yLabel } = options;
  const geometry = revisionChart(older, newer, { width: 640, height: 320, format });
  return {
    summary: options.summary ?? summarizeRevision(geometry.revisions, geometry.comparedPeriods, { format }),
    spec: { kind: 'revision', older, newer, format, height, yLabel },
    table: revisionTable(older, newer, format, options.title),
    focus: toFocusData(geometry),
  };
}

export function smallMultiplesFigure(
  panels: readonly Panel[],
  options: FigureOptions & { summary: string } & Omit<SmallMultiplesSpec, 'kind' | 'panels' | 'format'>,
): FigureParts {
  const { format, panelHeight, columns, sharedY, legend } = options;
  return {
    summary: options.summary,
    spec: { kind: 'small-multiples', panels: [...panels], format, panelHeight, columns, sharedY, legend },
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
