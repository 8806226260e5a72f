import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../src/lib/charts/spread-labels.ts';

const options = { minGap: 14, min: 0, max: 300 };

describe('spreadLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(spreadLabels([50, 100, 200], options)).toEqual([50, 100, 200]);
  });
  it('moves colliding labels apart symmetrically around their targets', () => {
    expect(spreadLabels([100, 104], options)).toEqual([95, 109]);
  });
  it('keeps every pair at least minGap apart and returns positions in input order', () => {
    const positions = spreadLabels([120, 100, 110, 105, 300], options);
    const sorted = [...positions].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-9);
    expect(positions[1]).toBeLessThan(positions[0] ?? 0);
    expect(positions[4]).toBe(300);
  });
  it('keeps a block inside the bounds', () => {
    expect(spreadLabels([298, 299, 300], options)).toEqual([272, 286, 300]);
    expect(spreadLabels([0, 1], options)).toEqual([0, 14]);
  });
  it('merges a block pushed into its neighbour', () => {
    const positions = spreadLabels([100, 112, 113], options);
    expect(positions[1]! - positions[0]!).toBeCloseTo(14);
    expect(positions[2]! - positions[1]!).toBeCloseTo(14);
  });
});
