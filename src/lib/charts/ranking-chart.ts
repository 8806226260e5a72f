import { formatValue, joinDanish } from '../format.ts';
import { absentValueText } from '../value-text.ts';
import { thinTicks, valueAxis, valueDomain } from './axes.ts';
import { estimateTextWidth, round, SMALL_FONT_SIZE } from './text.ts';
import { wrapText } from './wrap-text.ts';
import type { RankingItem } from './rank-items.ts';
import type { Margin, Tick, ValueFormat } from './types.ts';

export type { RankingItem } from './rank-items.ts';

export interface RankingChartOptions {
  width: number;
  format: ValueFormat;
  /** Id of the item to mark, e.g. the municipality the page is about. */
  highlight?: string | undefined;
  /** A value to mark across the strip, e.g. the whole country's. */
  reference?: { label: string; value: number } | undefined;
  /** Dot radius (default 4). */
  radius?: number;
  margin?: Partial<Pick<Margin, 'left' | 'right'>>;
}

export interface RankingDot {
  id: string;
  label: string;
  x: number;
  y: number;
  text: string;
}

export interface RankingAnnotation {
  x: number;
  /** Top of the mark (the label's row) and bottom (the axis). */
  y1: number;
  y2: number;
  text: string;
  textX: number;
  textY: number;
}

export interface RankingChartGeometry {
  width: number;
  height: number;
  radius: number;
  axisY: number;
  xTicks: Tick[];
  /** Every item with a value, the highlighted one included, in value order. */
  dots: RankingDot[];
  highlight: (RankingAnnotation & { id: string; dotY: number }) | null;
  reference: RankingAnnotation | null;
  /** Items without a value, listed in words under the strip (never drawn as 0), one line each. */
  missingLines: string[];
}

const LABEL_ROW = 18;
/** Line height of the list of missing items. */
export const MISSING_LINE = 16;

/** A dot strip: one dot per item along a value axis, dodged upward where dots would overlap. */
export function rankingChart(
  items: readonly RankingItem[],
  options: RankingChartOptions,
): RankingChartGeometry {
  const { width, format, highlight, reference, radius = 4 } = options;
  const present = items.filter((i): i is RankingItem & { value: number } => i.value !== null);
  const sorted = [...present].sort((a, b) => a.value - b.value || a.label.localeCompare(b.label, 'da'));
  const missing = items.filter((i) => i.value === null);

  const left = options.margin?.left ?? 12;
  const right = width - (options.margin?.right ?? 12);
  const domainValues = [...sorted.map((i) => i.value), ...(reference ? [reference.value] : [])];
  const count = Math.max(2, Math.floor((right - left) / 80));
  const { scale: x, ticks } = valueAxis(valueDomain(domainValues, false), [left, right], count);

  const rowEnds: number[] = [];
  const placed = sorted.map((item) => {
    const cx = round(x(item.value));
    let row = rowEnds.findIndex((end) => end + 2 * radius + 1 <= cx);
    if (row === -1) row = rowEnds.push(cx) - 1;
    rowEnds[row] = cx;
    return { item, cx, row };
  });

  const top = 2 * LABEL_ROW + 8;
  const axisY = top + Math.max(1, rowEnds.length) * (2 * radius + 1) + 4;
  const missingLines =
    missing.length === 0 ? [] : wrapText(missingSentence(missing), width - 8, SMALL_FONT_SIZE);
  const height = axisY + 30 + missingLines.length * MISSING_LINE;

  const dots = placed.map(({ item, cx, row }): RankingDot => ({
    id: item.id,
    label: item.label,
    x: cx,
    y: round(axisY - 4 - radius - row * (2 * radius + 1)),
    text: formatValue(item.value, format),
  }));

  /** Labels run away from `avoid` (or the nearer edge), and are pushed back inside the chart. */
  const annotate = (
    at: number,
    text: string,
    textY: number,
    y2: number,
    avoid: number,
  ): RankingAnnotation => {
    const textWidth = estimateTextWidth(text);
    const preferred = avoid > at ? at - 4 - textWidth : at + 4;
    const textX = round(Math.max(4, Math.min(preferred, width - 4 - textWidth)));
    return { x: at, y1: textY + 5, y2, text, textX, textY };
  };
  const marked = dots.find((d) => d.id === highlight);
  const referenceX = reference ? round(x(reference.value)) : null;
  const nearerEdge = (at: number): number => (at < width / 2 ? 0 : width);
  return {
    width,
    height,
    radius,
    axisY,
    xTicks: thinTicks(ticks),
    dots,
    highlight: marked
      ? {
          ...annotate(
            marked.x,
            `${marked.label}: ${marked.text}`,
            2 * LABEL_ROW,
            marked.y - radius - 2,
            referenceX ?? nearerEdge(marked.x),
          ),
          id: marked.id,
          dotY: marked.y,
        }
      : null,
    reference:
      reference && referenceX !== null
        ? annotate(
            referenceX,
            `${reference.label}: ${formatValue(reference.value, format)}`,
            LABEL_ROW,
            axisY,
            nearerEdge(referenceX),
          )
        : null,
    missingLines,
  };
}

/** "Ingen værdi for Læsø (diskretioneret) og Fanø (ikke oplyst)." */
export function missingSentence(missing: readonly RankingItem[]): string {
  const names = missing.map((m) => `${m.label} (${absentValueText(m.status)})`);
  return `Ingen værdi for ${joinDanish(names)}.`;
}
