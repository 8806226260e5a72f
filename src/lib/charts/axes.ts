import { extent, tickStep } from 'd3-array';
import { precisionFixed } from 'd3-format';
import { scaleLinear, scaleUtc, type ScaleLinear } from 'd3-scale';
import { danishTimeLocale, formatNumber } from '../format.ts';
import { estimateTextWidth, round } from './text.ts';
import type { Tick } from './types.ts';

const monthLabel = danishTimeLocale.utcFormat('%b');
const yearLabel = danishTimeLocale.utcFormat('%Y');
/** Least space between two tick labels. */
const TICK_GAP = 10;

/**
 * A time axis across [start, end] with as many month or year ticks as fit their labels:
 * d3's utcTicks for a count that suits the width, then every k-th tick while labels would touch.
 */
export function timeAxis(
  domain: [Date, Date],
  range: [number, number],
): { scale: (date: Date) => number; ticks: Tick[] } {
  const scale = scaleUtc().domain(domain).range(range);
  const count = Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / 70));
  const ticks = scale.ticks(count).map((date, i) => ({
    position: round(scale(date)),
    label: timeTickLabel(date, i === 0),
  }));
  return { scale: (date: Date) => scale(date), ticks: thinTicks(ticks) };
}

/** Years on their own ("2024"); months short ("jul."), with the year on the first tick. */
export function timeTickLabel(date: Date, isFirst: boolean): string {
  if (date.getUTCMonth() === 0) return yearLabel(date);
  return isFirst ? `${monthLabel(date)} ${yearLabel(date)}` : monthLabel(date);
}

/** Every k-th tick, for the smallest k at which no two neighbouring labels overlap. */
export function thinTicks(ticks: readonly Tick[]): Tick[] {
  for (let k = 1; k < ticks.length; k += 1) {
    const kept = ticks.filter((_, i) => i % k === 0);
    const fits = kept.every((tick, i) => {
      const next = kept[i + 1];
      if (!next) return true;
      const room = (estimateTextWidth(tick.label) + estimateTextWidth(next.label)) / 2 + TICK_GAP;
      return Math.abs(next.position - tick.position) >= room;
    });
    if (fits) return kept;
  }
  return ticks.slice(0, 1);
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
): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  const scale = scaleLinear().domain(domain).range(range).nice(count);
  const [d0 = 0, d1 = 1] = scale.domain();
  const decimals = precisionFixed(tickStep(d0, d1, count));
  const ticks = scale
    .ticks(count)
    .map((value) => ({ position: round(scale(value)), label: formatNumber(value, decimals) }));
  return { scale, ticks };
}
