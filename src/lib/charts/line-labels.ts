import { spreadLabels } from './spread-labels.ts';
import { round } from './text.ts';
import type { Point, SeriesStyle } from './types.ts';

export interface LineLabel {
  seriesId: string;
  text: string;
  x: number;
  /** Label centre after collision avoidance. */
  y: number;
  /** Where the line ends; differs from y when the label was moved. */
  anchorY: number;
  color: string;
}

/** Space between the plot's right edge (where the lines end in their markers) and a name. */
export const LABEL_GAP = 10;

/** Distance between two label centres: one line of text. */
const LABEL_LINE_HEIGHT = 17;

/**
 * Names at the line ends, right of the plot, spread so none overlaps another or leaves the
 * plot. Background lines are named too: every line on screen says what it is.
 */
export function endLabels(
  lines: readonly { id: string; label: string; style: SeriesStyle; end: Point | null }[],
  { right, top, bottom }: { right: number; top: number; bottom: number },
): LineLabel[] {
  const ends = lines.filter((l) => l.end !== null);
  const spread = spreadLabels(
    ends.map((l) => l.end?.y ?? 0),
    { minGap: LABEL_LINE_HEIGHT, min: top, max: bottom },
  );
  return ends.map((l, i) => ({
    seriesId: l.id,
    text: l.label,
    x: round(right + LABEL_GAP),
    y: round(spread[i] ?? 0),
    anchorY: l.end?.y ?? 0,
    color: l.style.color,
  }));
}
