import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../../src/lib/data/revisions.ts';
import type { Observation } from '../../../../src/lib/data/types.ts';
import { latestPeriodsTable, revisionsFor } from '../../../../src/lib/versions/snapshot-view.ts';

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
  ok('000', '2024-01', 40),
  ok('000', '2024-02', 41),
  ok('1081', '2024-02', 38),
  suppressed('101', '2024-02'),
];
const newer = [
  ok('000', '2024-01', 40),
  ok('000', '2024-02', 41.5),
  ok('000', '2024-03', 42),
  ok('1081', '2024-02', 38),
  ok('1081', '2024-03', 39),
  ok('101', '2024-02', 12),
];

describe('latestPeriodsTable', () => {
  it('takes the last periods, oldest first, and one row per requested area in the given order', () => {
    const table = latestPeriodsTable(newer, ['1081', '000', '1085'], 2);
    expect(table.periods).toEqual(['2024-02', '2024-03']);
    expect(table.rows.map((row) => row.area)).toEqual(['1081', '000']);
    expect(table.rows[0]!.cells.map((cell) => cell?.value)).toEqual([38, 39]);
  });

  it('leaves a cell empty where the snapshot has no row', () => {
    const table = latestPeriodsTable(older, ['1081'], 2);
    expect(table.rows[0]!.cells).toEqual([null, older[2]]);
  });
});

describe('revisionsFor', () => {
  it('lists value and status revisions of the given areas and counts the others', () => {
    const { rows, otherAreas } = revisionsFor(diffSnapshots(older, newer), ['000', '1081']);
    expect(rows).toEqual([{ area: '000', period: '2024-02', from: 41, to: 41.5 }]);
    expect(otherAreas).toBe(1);
  });

  it('keeps the status of a figure that was suppressed and then published', () => {
    const { rows } = revisionsFor(diffSnapshots(older, newer), ['101']);
    expect(rows).toEqual([
      { area: '101', period: '2024-02', from: null, to: 12, status: { from: 'suppressed', to: 'ok' } },
    ]);
  });
});
