import type { Rank } from '../indicators/rank.ts';
import type { ValueFormat } from '../charts/types.ts';
import { absentValueText } from '../charts/absent-value.ts';
import { formatDifference, formatValue } from '../format.ts';
import type { AreaFigure } from './key-figures.ts';

/** "34,2 pct.", or why there is no value: "diskretioneret", "ikke oplyst". */
export function figureText(figure: AreaFigure, format: ValueFormat): string {
  return figure.value === null ? absentValueText(figure.status) : formatValue(figure.value, format);
}

/** "+0,4 procentpoint", or "kan ikke beregnes" when a value is missing. */
export function changeText(change: number | null, format: ValueFormat): string {
  return change === null ? 'kan ikke beregnes' : formatDifference(change, format);
}

/**
 * "nr. 12 af 98": a place counted from the highest value. Plain on purpose: for some
 * indicators a high value is the aim, for others it is not.
 */
export function rankText(rank: Rank | null): string {
  return rank === null ? 'ingen (tallet er ikke offentliggjort)' : `nr. ${rank.rank} af ${rank.of}`;
}
