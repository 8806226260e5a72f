import { describe, expect, it } from 'vitest';
import { rowsByArea, rowsOf } from '../../../../src/lib/data/rows-by-area.ts';
import { ok, suppressed } from '../areas/fixtures.ts';

const rows = [
  ok('751', '2024-02', 2),
  ok('101', '2024-01', 5),
  ok('751', '2024-01', 1),
  ok('751', '2023-12', 0),
];

describe('rowsByArea', () => {
  it('groups rows by area, oldest period first', () => {
    expect(rowsOf(rows, '751').map((row) => row.period)).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(rowsOf(rows, '101')).toHaveLength(1);
  });

  it('keeps suppressed rows in their place', () => {
    const withSuppressed = [ok('751', '2024-06', 2), suppressed('751', '2024-05'), ok('751', '2023-12', 1)];
    expect(rowsOf(withSuppressed, '751').map((row) => [row.period, row.status])).toEqual([
      ['2023-12', 'ok'],
      ['2024-05', 'suppressed'],
      ['2024-06', 'ok'],
    ]);
  });

  it('is empty for an area without rows', () => {
    expect(rowsOf(rows, '999')).toEqual([]);
  });

  it('builds the index once per observations array', () => {
    expect(rowsByArea(rows)).toBe(rowsByArea(rows));
  });
});
