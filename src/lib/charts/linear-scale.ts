import { tickIncrement, ticks } from 'd3-array';

/** A linear map from a two-number domain to a two-number range, with nice bounds and ticks. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values inside the domain, as d3-scale's `ticks`. */
  ticks(count: number): number[];
}

/**
 * The arithmetic of d3-scale's scaleLinear for two-number domains and ranges, without the
 * interpolators and colour parsing that scaleLinear brings into a browser bundle (about
 * 8 KB gzip). Same formulas, so charts redrawn in the browser match the server's exactly.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // d3-scale normalizes over an ascending domain and swaps the range to match.
  const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  const scale = (value: number): number => {
    const t = span ? (value - a) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return from * (1 - t) + to * t;
  };
  return Object.assign(scale, {
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
    ticks: (count: number): number[] => ticks(d0, d1, count),
  });
}

/**
 * Widens a domain to round numbers that about `count` ticks divide evenly: d3-scale's
 * `linear.nice(count)`, step for step (d3-array's own `nice` rounds slightly differently).
 */
export function niceDomain(domain: readonly [number, number], count: number): [number, number] {
  const reversed = domain[1] < domain[0];
  let [start, stop] = reversed ? [domain[1], domain[0]] : [domain[0], domain[1]];
  let previous: number | undefined;
  for (let iterations = 10; iterations > 0; iterations -= 1) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return [domain[0], domain[1]];
}

/** A linear scale over a domain made nice for `count` ticks. */
export function niceLinearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  count: number,
): LinearScale {
  return linearScale(niceDomain(domain, count), range);
}
