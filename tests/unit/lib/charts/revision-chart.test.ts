import { describe, expect, it } from 'vitest';
import { isRevised, revisionChart } from '../../../../src/lib/charts/revision-chart.ts';
import { palette } from '../../../../src/lib/charts/palette.ts';
import type { Series } from '../../../../src/lib/charts/types.ts';
import { percent } from './fixtures.ts';

const older: Series = {
  id: 'older',
  label: 'Data pr. 1. marts 2024',
  role: 'primary',
  points: [
    { period: '2024-01', value: 30.0 },
    { period: '2024-02', value: 31.0 },
    { period: '2024-03', value: null, status: 'suppressed' },
    { period: '2024-04', value: 33.0 },
  ],
};
const newer: Series = {
  id: 'newer',
  label: 'Data pr. 1. juni 2024',
  role: 'primary',
  points: [
    { period: '2024-01', value: 30.01 },
    { period: '2024-02', value: 31.4 },
    { period: '2024-03', value: 32.0 },
    { period: '2024-04', value: null, status: 'missing' },
    { period: '2024-05', value: 34.0 },
  ],
};

describe('revisionChart', () => {
  const chart = revisionChart(older, newer, { width: 640, height: 300, format: percent });

  it('finds values that changed at the shown precision, appeared or vanished', () => {
    expect(chart.revisions.map((r) => [r.period, r.older, r.newer])).toEqual([
      ['2024-02', 31, 31.4],
      ['2024-03', null, 32],
      ['2024-04', 33, null],
    ]);
    expect(chart.revisions[0]?.difference).toBeCloseTo(0.4);
    expect(chart.revisions[1]?.difference).toBeNull();
  });

  it('counts only periods both snapshots cover; a new month is not a revision', () => {
    expect(chart.comparedPeriods).toBe(4);
    expect(chart.revisions.some((r) => r.period === '2024-05')).toBe(false);
  });

  it('draws the older snapshot grey and dashed beneath the newer', () => {
    expect(chart.lines[0]?.style).toMatchObject({ color: palette.context, dash: '4 3' });
    expect(chart.lines[1]?.role).toBe('primary');
    const names = [...chart.labels, ...chart.legend].map((l) => l.text);
    expect(names).toEqual(['Data pr. 1. marts 2024', 'Data pr. 1. juni 2024']);
    expect(chart.legend[0]?.style).toMatchObject({ color: palette.context, dash: '4 3' });
  });

  it('marks a vanished value on the older line', () => {
    const vanished = chart.revisions.find((r) => r.period === '2024-04');
    const olderEnd = chart.lines[0]?.end;
    expect(vanished?.y).toBe(olderEnd?.y);
  });
});

describe('isRevised', () => {
  it('ignores changes below the shown precision', () => {
    expect(isRevised(30, 30.04, percent)).toBe(false);
    expect(isRevised(30, 30.06, percent)).toBe(true);
    expect(isRevised(null, null, percent)).toBe(false);
    expect(isRevised(null, 1, percent)).toBe(true);
  });
});
