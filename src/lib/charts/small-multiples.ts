import { comparePeriods } from '../data/period.ts';
import { valueDomain } from './axes.ts';
import { legendRowCount, legendRows, LEGEND_ROW, type LegendItem } from './legend.ts';
import { lineChart, type LineChartGeometry } from './line-chart.ts';
import { wrapText } from './wrap-text.ts';
import type { Series, SeriesRole, ValueFormat } from './types.ts';

export interface Panel {
  id: string;
  title: string;
  series: Series[];
}

export interface SmallMultiplesOptions {
  width: number;
  /** Height of each panel's chart, not counting its title. */
  panelHeight: number;
  format: ValueFormat;
  /** Fixed column count; default: as many panels of `minPanelWidth` as fit. */
  columns?: number;
  minPanelWidth?: number;
  gap?: number;
  /** One value axis for all panels, so panels compare honestly (default true). */
  sharedY?: boolean;
  includeZero?: boolean;
  /** Legend entries; default: one per distinct series label, when there are at most four. */
  legend?: { role: SeriesRole; label: string }[];
  /** The unit over each panel's value axis, e.g. "Pct."; room is made for it above the plot. */
  yLabel?: string;
}

export interface PanelGeometry {
  id: string;
  /** The title in lines that fit the panel's width. */
  titleLines: string[];
  /** Top-left corner of the panel, title included. */
  x: number;
  y: number;
  /** Where the chart starts below the title. */
  chartY: number;
  chart: LineChartGeometry;
}

export interface SmallMultiplesGeometry {
  width: number;
  height: number;
  panels: PanelGeometry[];
  legend: LegendItem[];
  yLabel?: string;
}

/** Line height of a panel title. */
export const TITLE_LINE = 17;

/** A grid of small line charts sharing one time axis and, by default, one value axis. */
export function smallMultiples(
  panels: readonly Panel[],
  options: SmallMultiplesOptions,
): SmallMultiplesGeometry {
  const { width, panelHeight, format, gap = 20, minPanelWidth = 200, sharedY = true } = options;
  const includeZero = options.includeZero ?? true;
  const columns = Math.max(1, options.columns ?? Math.floor((width + gap) / (minPanelWidth + gap)));
  const panelWidth = Math.floor((width - (columns - 1) * gap) / columns);
  const allSeries = panels.flatMap((p) => p.series);
  const values = allSeries.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const periods = allSeries.flatMap((s) => s.points.map((p) => p.period)).sort(comparePeriods);
  const first = periods[0];
  const last = periods[periods.length - 1];

  const entries = options.legend ?? defaultLegend(allSeries);
  const legend = legendRows(
    entries.map((entry) => ({ ...entry, id: entry.label })),
    width,
    0,
  );
  const top = legend.length > 0 ? legendRowCount(legend) * LEGEND_ROW + 8 : 0;
  // Titles are bold, so they are wrapped as if a size larger.
  const titles = panels.map((panel) => wrapText(panel.title, panelWidth - 4, 14));
  const titleBand = Math.max(1, ...titles.map((lines) => lines.length)) * TITLE_LINE + 4;
  const rowHeight = titleBand + panelHeight + gap;

  const placed = panels.map((panel, i): PanelGeometry => ({
    id: panel.id,
    titleLines: titles[i] ?? [],
    x: (i % columns) * (panelWidth + gap),
    y: top + Math.floor(i / columns) * rowHeight,
    chartY: titleBand,
    chart: lineChart(panel.series, {
      width: panelWidth,
      height: panelHeight,
      format,
      includeZero,
      directLabels: false,
      margin: { top: options.yLabel === undefined ? 8 : 22, right: 20 },
      ...(sharedY ? { yDomain: valueDomain(values, includeZero) } : {}),
      ...(first && last ? { xDomain: [first, last] as [string, string] } : {}),
    }),
  }));
  const rows = Math.ceil(panels.length / columns);
  const yLabel = options.yLabel === undefined ? {} : { yLabel: options.yLabel };
  return { width, height: top + rows * rowHeight - gap, panels: placed, legend, ...yLabel };
}

function defaultLegend(series: readonly Series[]): { role: SeriesRole; label: string }[] {
  const distinct = [...new Map(series.map((s) => [s.label, { role: s.role, label: s.label }])).values()];
  return distinct.length <= 4 ? distinct : [];
}
