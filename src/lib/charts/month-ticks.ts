import { tickStep } from 'd3-array';

const DAY = 864e5;
// The nominal lengths d3-time's ticker compares a target step with.
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** The tick step in months that d3-time's utcTicks chooses for a target step of at least a month. */
function stepInMonths(target: number, from: Date, to: Date, count: number): number {
  if (target >= YEAR) return 12 * Math.floor(tickStep(from.getTime() / YEAR, to.getTime() / YEAR, count));
  if (target >= 3 * MONTH) return target / (3 * MONTH) < YEAR / target ? 3 : 12;
  // Below a month d3 would tick weeks or days, which periods of a month or more never need.
  if (target >= MONTH) return target / MONTH < (3 * MONTH) / target ? 1 : 3;
  return 1;
}

/**
 * About `count` month or year boundaries within [start, stop], chosen and placed as d3-time's
 * utcTicks places them (1 or 3 months, or years divisible by a nice step), for axes over
 * monthly, quarterly and yearly periods. Written out because d3-time arrives in the browser
 * bundle whole, with every local-time and weekday interval (about 2 KB gzip).
 */
export function monthTicks(start: Date, stop: Date, count: number): Date[] {
  const [from, to] = start <= stop ? [start, stop] : [stop, start];
  const step = stepInMonths((to.getTime() - from.getTime()) / count, from, to, count);
  if (!(step > 0)) return [];
  const fromMonth = from.getUTCFullYear() * 12 + from.getUTCMonth();
  const onBoundary = from.getTime() === Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1);
  const ticks: Date[] = [];
  for (let month = Math.ceil((fromMonth + (onBoundary ? 0 : 1)) / step) * step; ; month += step) {
    const date = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
    if (date > to) break;
    ticks.push(date);
  }
  return start <= stop ? ticks : ticks.reverse();
}
