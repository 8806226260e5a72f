import type { RankingItem } from './rank-items.ts';
import type { Panel, SmallMultiplesOptions } from './small-multiples.ts';
import type { Series, ValueFormat } from './types.ts';

/**
 * Everything a chart is drawn from except its width: the server draws it at the widths CSS
 * chooses between, the browser at the exact width of its column. Published in the figure's
 * data-chart attribute, so it must stay plain JSON.
 */
export type ChartSpec = LineSpec | RankingSpec | RevisionSpec | SmallMultiplesSpec;

export interface LineSpec {
  kind: 'line';
  series: Series[];
  format: ValueFormat;
  /** Height of the plot and axes on a wide screen (default 320); narrow screens get less. */
  height?: number | undefined;
  includeZero?: boolean | undefined;
  yLabel?: string | undefined;
}

export interface RankingSpec {
  kind: 'ranking';
  items: RankingItem[];
  format: ValueFormat;
  highlight?: string | undefined;
  reference?: { label: string; value: number } | undefined;
}

export interface RevisionSpec {
  kind: 'revision';
  older: Series;
  newer: Series;
  format: ValueFormat;
  height?: number | undefined;
  yLabel?: string | undefined;
}

export interface SmallMultiplesSpec {
  kind: 'small-multiples';
  panels: Panel[];
  format: ValueFormat;
  panelHeight?: number | undefined;
  columns?: number | undefined;
  sharedY?: boolean | undefined;
  legend?: SmallMultiplesOptions['legend'] | undefined;
}

/** A chart's height at a width: the wide-screen height, lowered on narrow screens to keep its shape. */
export function heightAt(height: number, width: number): number {
  return Math.min(height, Math.max(240, Math.round(width * 0.75)));
}
