import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../../src/lib/data/revisions.ts';
import type { Observation } from '../../../../src/lib/data/types.ts';

const ok = (area: string, period: string, value: number): Observation => ({
  area,
  period,
  value,
  numerator: null,
  denominator: null,
  status: 'ok',
});
const suppressed = (area: string, period: string): Observation => ({
  area,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: 'suppressed',
});

const older = [
  ok('101', '2024-05', 47.1),
  ok('101', '2024-06', 47.5),
  ok('751', '2024-06', 40),
  suppressed('825', '2024-06'),
  ok('825', '2024-04', 30),
];
const newer = [
  ok('101', '2024-05', 47.1),
  ok('101', '2024-06', 47.9),
  ok('751', '2024-06', 40.2),
  ok('825', '2024-06', 41),
  ok('101', '2024-07', 48),
];

describe('diffSnapshots', () => {
  const diff = diffSnapshots(older, newer);

  it('lists values a newer snapshot revised, per area and period', () => {
    expect(diff.changed).toEqual([
      { area: '101', period: '2024-06', from: 47.5, to: 47.9 },
      { area: '751', period: '2024-06', from: 40, to: 40.2 },
    ]);
  });

  it('lists rows only one of the snapshots has', () => {
    expect(diff.added).toEqual([ok('101', '2024-07', 48)]);
    expect(diff.removed).toEqual([ok('825', '2024-04', 30)]);
  });

  it('lists a suppressed figure that was later published as a status change', () => {
    expect(diff.statusChanged).toEqual([
      { area: '825', period: '2024-06', from: 'suppressed', to: 'ok', fromValue: null, toValue: 41 },
    ]);
  });

  it('summarises counts and the revised periods', () => {
    expect(diff.summary).toEqual({
      changed: 2,
      added: 1,
      removed: 1,
      statusChanged: 1,
      areasAffected: 3,
      periodsAffected: ['2024-06'],
      firstRevisedPeriod: '2024-06',
      lastRevisedPeriod: '2024-06',
    });
  });

  it('finds nothing between a snapshot and itself', () => {
    expect(diffSnapshots(older, older).summary).toMatchObject({
      changed: 0,
      added: 0,
      removed: 0,
      statusChanged: 0,
      firstRevisedPeriod: null,
    });
  });
});
