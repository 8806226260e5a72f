import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, niceLinearScale } from '../../../../src/lib/charts/linear-scale.ts';

/** A small deterministic generator, so a failure names a reproducible case. */
function* domains(): Generator<[number, number]> {
  let seed = 7;
  const next = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 0.5;
  for (let i = 0; i < 300; i += 1) {
    const magnitude = 10 ** Math.floor(next() * 8 - 2);
    yield [next() * magnitude, next() * magnitude];
  }
  yield [0, 0];
  yield [5, 5];
  yield [100, 0];
  yield [-3.2, 47.9];
}

describe('linearScale', () => {
  it('maps a domain onto a range, also a reversed one', () => {
    const y = linearScale([0, 40], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(40)).toBe(20);
    expect(y(20)).toBe(160);
    expect(linearScale([10, 0], [0, 100])(2.5)).toBe(75);
  });

  it('puts every value of an empty domain in the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it('gives the numbers of d3-scale scaleLinear, to the last bit', () => {
    for (const domain of domains()) {
      const ours = linearScale(domain, [310, 24]);
      const theirs = scaleLinear().domain(domain).range([310, 24]);
      for (const value of [domain[0], domain[1], (domain[0] + domain[1]) / 2, 0, 1.5, -7]) {
        expect(ours(value), `${domain.join('…')} at ${value}`).toBe(theirs(value));
      }
      expect(ours.ticks(5)).toEqual(theirs.ticks(5));
    }
  });
});

describe('niceDomain', () => {
  it('widens a domain to round bounds', () => {
    expect(niceDomain([3.2, 37.9], 5)).toEqual([0, 40]);
    expect(niceDomain([37.9, 3.2], 5)).toEqual([40, 0]);
  });

  it('makes the same domain as d3-scale linear.nice(count)', () => {
    for (const domain of domains()) {
      for (const count of [2, 5, 7]) {
        const theirs = scaleLinear().domain(domain).nice(count).domain();
        expect(niceDomain(domain, count), `${domain.join('…')} with ${count} ticks`).toEqual(theirs);
        expect(niceLinearScale(domain, [0, 1], count).domain()).toEqual(theirs);
      }
    }
  });
});
