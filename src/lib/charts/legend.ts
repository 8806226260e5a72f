import { seriesStyles } from './palette.ts';
import { estimateTextWidth } from './text.ts';
import type { SeriesRole, SeriesStyle } from './types.ts';

export interface LegendItem {
  seriesId: string;
  text: string;
  style: SeriesStyle;
  /** Left end of the key and the row's centre line. */
  x: number;
  y: number;
}

/** Height of one legend row. */
export const LEGEND_ROW = 20;
/** Width of the line-and-marker key before the text. */
export const LEGEND_KEY = 24;

/**
 * Legend entries in rows that fit `width`: a key, then the name; a row breaks before an
 * entry that would run past the edge. Rows start at `top`.
 */
export function legendRows(
  entries: readonly { id: string; role: SeriesRole; label: string; style?: SeriesStyle }[],
  width: number,
  top: number,
): LegendItem[] {
  const styles = seriesStyles(entries);
  let x = 0;
  let row = 0;
  return entries.map((entry, i) => {
    const itemWidth = LEGEND_KEY + 6 + estimateTextWidth(entry.label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const item = {
      seriesId: entry.id,
      text: entry.label,
      style: entry.style ?? (styles[i] as SeriesStyle),
      x,
      y: top + row * LEGEND_ROW + LEGEND_ROW / 2,
    };
    x += itemWidth + 16;
    return item;
  });
}

/** How many rows a legend laid out by legendRows takes. */
export function legendRowCount(items: readonly LegendItem[]): number {
  const ys = new Set(items.map((item) => item.y));
  return ys.size;
}
