import { formatFixed } from './danish-number.ts';
import type { PointStatus, ValueFormat } from './types.ts';

/**
 * "34,2 pct." for percentages, "1.234" for counts: formatPct and formatNumber of ../format.ts,
 * through formatFixed so the browser's redraw bundle does without d3-format.
 */
export function formatValue(value: number, format: ValueFormat): string {
  const text = formatFixed(value, format.decimals);
  return format.unit === 'percent' ? `${text} pct.` : text;
}

/** A signed difference: "+0,4 procentpoint" for percentages (as formatChange), "+12" / "−3" for counts. */
export function formatDifference(difference: number, format: ValueFormat): string {
  const text = formatFixed(Math.abs(difference), format.decimals);
  const steps = Math.round(difference * 10 ** format.decimals);
  const signed = steps > 0 ? `+${text}` : steps < 0 ? `\u2212${text}` : text;
  return format.unit === 'percent' ? `${signed} procentpoint` : signed;
}

/** Why a value is absent, in the words used in tables and tooltips. */
export function absentValueText(status: PointStatus | undefined): string {
  return status === 'suppressed' ? 'diskretioneret' : 'ikke oplyst';
}

/** A value or the reason it is absent. */
export function formatValueOrStatus(
  value: number | null,
  status: PointStatus | undefined,
  format: ValueFormat,
): string {
  return value === null ? absentValueText(status) : formatValue(value, format);
}
