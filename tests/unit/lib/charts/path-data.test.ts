import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { describe, expect, it } from 'vitest';
import { linePath, symbolPath } from '../../../../src/lib/charts/path-data.ts';
import type { Point } from '../../../../src/lib/charts/types.ts';

const d3Line = (points: readonly (Point | null)[]): string =>
  line<Point | null>()
    .defined((p) => p !== null)
    .x((p) => p?.x ?? 0)
    .y((p) => p?.y ?? 0)
    .digits(2)(points) ?? '';

const p = (x: number, y: number): Point => ({ x, y });

describe('linePath', () => {
  it('draws a polyline through the points', () => {
    expect(linePath([p(0, 10), p(5.5, 8.25), p(11, 3)])).toBe('M0,10L5.5,8.25L11,3');
  });

  it('breaks the line at a null and closes a lone point so it still shows', () => {
    expect(linePath([p(0, 1), p(1, 2), null, p(3, 4), null, p(5, 6), p(6, 7)])).toBe('M0,1L1,2M3,4ZM5,6L6,7');
  });

  it('is empty without points', () => {
    expect(linePath([])).toBe('');
    expect(linePath([null, null])).toBe('');
  });

  it('writes what d3-shape line() writes', () => {
    const cases: (Point | null)[][] = [
      [p(0.123, 4.567), p(1.005, 2.3449), p(7, -3.14159)],
      [null, p(1, 1), null, null, p(2, 2), p(3, 3), null],
      [p(600.1, 23.999), null, p(602.777, 11)],
      Array.from({ length: 72 }, (_, i) => (i % 13 === 5 ? null : p(40 + i * 7.77, 300 - Math.sin(i) * 100))),
    ];
    for (const points of cases) expect(linePath(points)).toBe(d3Line(points));
  });
});

describe('symbolPath', () => {
  const d3Symbols = {
    circle: symbolCircle,
    square: symbolSquare,
    triangle: symbolTriangle,
    diamond: symbolDiamond,
  } as const;

  it('writes what d3-shape symbol() writes for every marker shape and size used', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const) {
      for (const size of [40, 48, 64]) {
        expect(symbolPath(shape, size), `${shape} ${size}`).toBe(symbol(d3Symbols[shape], size).digits(2)());
      }
    }
  });
});
