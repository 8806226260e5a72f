import { comparePeriods } from '../format.ts';
import { valueDomain } from './axes.ts';
import { lineChart, type LineChartGeometry } from './line-chart.ts';
import { seriesStyles } from './palette.ts';
import { estimateTextWidth } from './text.ts';
import type { Series, SeriesRole, SeriesStyle, ValueFormat } from './types.ts';

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
}

export interface LegendItem {
  text: string;
  style: SeriesStyle;
  x: number;
  y: number;
}

export interface PanelGeometry {
  id: string;
  title: string;
  /** Top-left corner of the panel, title included. */
  x: number;
  y: number;
  chart: LineChartGeometry;
}

export interface SmallMultiplesGeometry {
  width: number;
  height: number;
  viewBox: string;
  panels: PanelGeometry[];
  legend: LegendItem[];
}

const TITLE_BAND = 20;
const LEGEND_BAND = 24;

/** A grid of small line charts sharing one time axis and, by default, one value axis. */
export function smallMultiples(
  panels: readonly Panel[],
  options: SmallMultiplesOptions,
): SmallMultiplesGeometry {
  const {
    width,
    panelHeight,
    format,
    gap = 16,
    minPanelWidth = 200,
    sharedY = true,
    includeZero = true,
  } = options;
  const columns = Math.max(1, options.columns ?? Math.floor((width + gap) / (minPanelWidth + gap)));
  const panelWidth = Math.floor((width - (columns - 1) * gap) / columns);
  const allSeries = panels.flatMap((p) => p.series);
  const values = allSeries.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const periods = allSeries.flatMap((s) => s.points.map((p) => p.period)).sort(comparePeriods);
  const first = periods[0];
  const last = periods[periods.length - 1];

  const legendEntries = options.legend ?? defaultLegend(allSeries);
  const legend = layoutLegend(legendEntries);
  const top = legend.length > 0 ? LEGEND_BAND : 0;

  const placed = panels.map((panel, i): PanelGeometry => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    return {
      id: panel.id,
      title: panel.title,
      x: column * (panelWidth + gap),
      y: top + row * (TITLE_BAND + panelHeight + gap),
      chart: lineChart(panel.series, {
        width: panelWidth,
        height: panelHeight,
        format,
        includeZero,
        directLabels: false,
        margin: { top: 8, right: 8 },
        ...(sharedY ? { yDomain: valueDomain(values, includeZero) } : {}),
        ...(first && last ? { xDomain: [first, last] as [string, string] } : {}),
      }),
    };
  });
  const rows = Math.ceil(panels.length / columns);
  const height = top + rows * (TITLE_BAND + panelHeight) + Math.max(0, rows - 1) * gap;
  return { width, height, viewBox: `0 0 ${width} ${height}`, panels: placed, legend };
}

function defaultLegend(series: readonly Series[]): { role: SeriesRole; label: string }[] {
  const distinct = [...new Map(series.map((s) => [s.label, { role: s.role, label: s.label }])).values()];
  return distinct.length <= 4 ? distinct : [];
}

function layoutLegend(entries: readonly { role: SeriesRole; label: string }[]): LegendItem[] {
  const styles = seriesStyles(entries);
  let x = 4;
  return entries.map((entry, i) => {
    const item = { text: entry.label, style: styles[i] as SeriesStyle, x, y: 12 };
    x += 36 + estimateTextWidth(entry.label) + 16;
    return item;
  });
}
