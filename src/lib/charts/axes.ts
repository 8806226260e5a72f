import { extent, tickStep } from 'd3-array';
import { SHORT_MONTHS } from '../format.ts';
import { decimalsForStep, formatFixed } from './danish-number.ts';
import { linearScale, niceLinearScale, type LinearScale } from './linear-scale.ts';
import { monthTicks } from './month-ticks.ts';
import { round } from './text.ts';
import type { Tick } from './types.ts';

/**
 * A time axis across [start, end] with about one tick per 80 px: what scaleUtc does, but
 * as a linear scale over milliseconds with month and year ticks placed as utcTicks places
 * them, because scaleUtc would bring d3-time-format, d3-time and d3-scale's interpolators
 * into the browser bundle of the municipality picker.
 */
export function timeAxis(
  domain: [Date, Date],
  range: [number, number],
): { scale: (date: Date) => number; ticks: Tick[] } {
  const linear = linearScale([domain[0].getTime(), domain[1].getTime()], range);
  const scale = (date: Date): number => linear(date.getTime());
  const count = Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / 80));
  const ticks = monthTicks(domain[0], domain[1], count).map((date, i) => ({
    position: round(scale(date)),
    label: timeTickLabel(date, i === 0),
  }));
  return { scale, ticks };
}

/** Years on their own ("2024"); months short ("jul."), with the year on the first tick. */
export function timeTickLabel(date: Date, isFirst: boolean): string {
  const year = String(date.getUTCFullYear());
  if (date.getUTCMonth() === 0) return year;
  const month = SHORT_MONTHS[date.getUTCMonth()] ?? '';
  return isFirst ? `${month} ${year}` : month;
}

/** The value domain of a chart: the data's extent, optionally stretched to include zero. */
export function valueDomain(values: readonly number[], includeZero: boolean): [number, number] {
  const [lo, hi] = extent(values);
  if (lo === undefined || hi === undefined) return [0, 1];
  const low = includeZero ? Math.min(0, lo) : lo;
  const high = includeZero ? Math.max(0, hi) : hi;
  return low === high ? [low - 1, high + 1] : [low, high];
}

/** A linear value axis with nice bounds and Danish tick labels ("1.250", "12,5"). */
export function valueAxis(
  domain: [number, number],
  range: [number, number],
  count: number,
): { scale: LinearScale; ticks: Tick[] } {
  const scale = niceLinearScale(domain, range, count);
  const [d0, d1] = scale.domain();
  const decimals = decimalsForStep(tickStep(d0, d1, count));
  const format = (value: number): string => formatFixed(value, decimals);
  const ticks = scale.ticks(count).map((value) => ({ position: round(scale(value)), label: format(value) }));
  return { scale, ticks };
}
