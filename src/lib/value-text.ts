/**
 * How a value, an absent value, a difference and a rank read on the site: the one owner of
 * every sentence fragment the reader sees about a number (STYLE.md rule 16). View models call
 * these and hand components finished strings.
 */
import type { ObservationStatus, Unit } from './data/types.ts';
import { formatDifference, formatNumber, formatValue, type ValueFormat } from './format.ts';

/** A status in words: what a table's status column and an absent cell say. */
export const STATUS_TEXT: Readonly<Record<ObservationStatus, string>> = {
  ok: 'offentliggjort',
  suppressed: 'diskretioneret',
  missing: 'ikke oplyst',
};

/** How an indicator's values are written: shares at one decimal, counts whole. */
export function valueFormatFor(unit: Unit): ValueFormat {
  return unit === 'pct' ? { unit: 'percent', decimals: 1 } : { unit: 'count', decimals: 0 };
}

/** Why a value is absent: "diskretioneret", else "ikke oplyst". */
export function absentValueText(status: ObservationStatus | undefined): string {
  return status === 'suppressed' ? STATUS_TEXT.suppressed : STATUS_TEXT.missing;
}

/** "34,2 pct.", "1.234", or in words why there is no value. */
export function valueText(
  value: number | null,
  status: ObservationStatus | undefined,
  format: ValueFormat,
): string {
  return value === null ? absentValueText(status) : formatValue(value, format);
}

/** An area's figure in a period: "34,2 pct.", or why there is none. */
export function figureText(
  figure: { value: number | null; status: ObservationStatus },
  format: ValueFormat,
): string {
  return valueText(figure.value, figure.status, format);
}

/** A table cell for an observation that may be absent altogether. */
export function observationText(
  observation: { value: number | null; status: ObservationStatus } | null | undefined,
  format: ValueFormat,
): string {
  return valueText(observation?.value ?? null, observation?.status ?? 'missing', format);
}

/** A count such as a numerator: "1.234", or "ikke oplyst". */
export function countText(count: number | null | undefined): string {
  return count == null ? STATUS_TEXT.missing : formatNumber(count);
}

/** The change from one value to another, "+0,4 procentpoint"; empty when either is absent. */
export function differenceText(from: number | null, to: number | null, format: ValueFormat): string {
  return from === null || to === null ? '' : formatDifference(to - from, format);
}

/** "+0,4 procentpoint", or "kan ikke beregnes" when a value is missing. */
export function changeText(change: number | null, format: ValueFormat): string {
  return change === null ? 'kan ikke beregnes' : formatDifference(change, format);
}

/**
 * "nr. 12 af 95 kommuner med tal": a place counted from the highest value, among those with a value. Plain on purpose: for some
 * indicators a high value is the aim, for others it is not.
 */
export function rankText(rank: { rank: number; of: number } | null): string {
  return rank === null
    ? 'ingen (tallet er ikke offentliggjort)'
    : `nr. ${rank.rank} af ${rank.of} ${rank.of === 1 ? 'kommune' : 'kommuner'} med tal`;
}
