import { formatChange, formatNumber, formatPct } from '../format.ts';
import type { PointStatus, ValueFormat } from './types.ts';

/** "34,2 pct." for percentages, "1.234" for counts. */
export function formatValue(value: number, format: ValueFormat): string {
  return format.unit === 'percent' ? formatPct(value, format.decimals) : formatNumber(value, format.decimals);
}

/** A signed difference: "+0,4 procentpoint" for percentages, "+12" / "−3" for counts. */
export function formatDifference(difference: number, format: ValueFormat): string {
  if (format.unit === 'percent') return formatChange(difference, format.decimals);
  const text = formatNumber(Math.abs(difference), format.decimals);
  const steps = Math.round(difference * 10 ** format.decimals);
  return steps > 0 ? `+${text}` : steps < 0 ? `\u2212${text}` : text;
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
