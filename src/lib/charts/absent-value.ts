import { formatValue } from '../format.ts';
import type { PointStatus, ValueFormat } from './types.ts';

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
