import { pathRound } from 'd3-path';
import type { MarkerShape, Point } from './types.ts';

/*
 * d3-shape's line() with curveLinear and its symbol types, written against d3-path. The
 * municipality picker redraws charts in the browser, and d3-shape arrives there as one
 * file whose curve classes cannot be tree-shaken (about 5 KB gzip for two functions).
 * The output is d3-shape's, character for character; tests/unit/lib/charts/path-data.test.ts
 * compares the two.
 */

/** SVG path data through the points, broken at nulls: d3-shape's `line().defined(…).digits(digits)`. */
export function linePath(points: readonly (Point | null)[], digits = 2): string {
  const path = pathRound(digits);
  let run = 0;
  const endRun = (): void => {
    // curveLinear closes a segment of a single point, so the lone moveTo still draws.
    if (run === 1) path.closePath();
    run = 0;
  };
  for (const point of points) {
    if (point === null) {
      endRun();
      continue;
    }
    if (run === 0) path.moveTo(point.x, point.y);
    else path.lineTo(point.x, point.y);
    run += 1;
  }
  endRun();
  return path.toString();
}

const TAN_30 = Math.sqrt(1 / 3);
const SQRT_3 = Math.sqrt(3);

/** SVG path data of a marker of `size` square pixels centred on 0,0: d3-shape's symbol types. */
export function symbolPath(shape: Exclude<MarkerShape, 'none'>, size: number, digits = 2): string {
  const path = pathRound(digits);
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      path.moveTo(r, 0);
      path.arc(0, 0, r, 0, 2 * Math.PI);
      break;
    }
    case 'square': {
      const w = Math.sqrt(size);
      path.rect(-w / 2, -w / 2, w, w);
      break;
    }
    case 'triangle': {
      const y = -Math.sqrt(size / (SQRT_3 * 3));
      path.moveTo(0, y * 2);
      path.lineTo(-SQRT_3 * y, -y);
      path.lineTo(SQRT_3 * y, -y);
      path.closePath();
      break;
    }
    case 'diamond': {
      const y = Math.sqrt(size / (TAN_30 * 2));
      const x = y * TAN_30;
      path.moveTo(0, -y);
      path.lineTo(x, 0);
      path.lineTo(0, y);
      path.lineTo(-x, 0);
      path.closePath();
      break;
    }
  }
  return path.toString();
}
