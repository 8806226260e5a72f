import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import { LEGEND_KEY, type LegendItem } from '../legend.ts';
import { palette } from '../palette.ts';
import { escapeXml } from '../text.ts';
import type { MarkerShape, SeriesStyle, Tick } from '../types.ts';

const SYMBOLS: Record<Exclude<MarkerShape, 'none'>, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
};

/** A marker shape centred on (x, y), or nothing for 'none'. */
export function markerMark(shape: MarkerShape, x: number, y: number, color: string, size = 48): string {
  if (shape === 'none') return '';
  const d = symbol(SYMBOLS[shape], size).digits(2)() ?? '';
  return `<path d="${d}" transform="translate(${x},${y})" fill="${color}" stroke="${palette.background}" stroke-width="1"/>`;
}

/** Stroke attributes for a series line. */
export function strokeAttributes(style: SeriesStyle): string {
  const dash = style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`;
  return `fill="none" stroke="${style.color}" stroke-width="${style.strokeWidth}"${dash} stroke-linejoin="round" stroke-linecap="round"`;
}

/** Horizontal grid lines with value labels on the left. */
export function valueGridMarks(ticks: readonly Tick[], left: number, right: number): string {
  const lines = ticks.map((t) => `<line x1="${left}" x2="${right}" y1="${t.position}" y2="${t.position}"/>`);
  const labels = ticks.map(
    (t) => `<text x="${left - 6}" y="${t.position}" dy="0.32em">${escapeXml(t.label)}</text>`,
  );
  return (
    `<g class="chart-grid" stroke="${palette.grid}" stroke-width="1">${lines.join('')}</g>` +
    `<g class="chart-axis chart-axis-y" fill="${palette.mutedText}" text-anchor="end">${labels.join('')}</g>`
  );
}

/** A baseline at `y` from `left` to `right` with downward ticks and labels. */
export function timeAxisMarks(ticks: readonly Tick[], y: number, left: number, right: number): string {
  const marks = ticks.map(
    (t) =>
      `<line x1="${t.position}" x2="${t.position}" y1="${y}" y2="${y + 5}" stroke="${palette.axis}"/>` +
      `<text x="${t.position}" y="${y + 19}">${escapeXml(t.label)}</text>`,
  );
  return (
    `<g class="chart-axis chart-axis-x" fill="${palette.mutedText}" text-anchor="middle">` +
    `<line x1="${left}" x2="${right}" y1="${y}" y2="${y}" stroke="${palette.axis}"/>${marks.join('')}</g>`
  );
}

/** Legend entries: a stretch of the series' line with its marker, then the name. */
export function legendMarks(items: readonly LegendItem[]): string {
  if (items.length === 0) return '';
  const marks = items.map(
    (item) =>
      `<line x1="${item.x}" x2="${item.x + LEGEND_KEY}" y1="${item.y}" y2="${item.y}" ${strokeAttributes(item.style)}/>` +
      markerMark(item.style.marker, item.x + LEGEND_KEY / 2, item.y, item.style.color, 40) +
      `<text x="${item.x + LEGEND_KEY + 6}" y="${item.y}" dy="0.32em">${escapeXml(item.text)}</text>`,
  );
  return `<g class="chart-legend">${marks.join('')}</g>`;
}
