import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../../src/lib/areas/key-figures.ts';
import { ok, suppressed } from './fixtures.ts';

const rows = [
  ok('751', '2024-12', 4.8),
  ok('751', '2023-12', 4.1),
  ok('101', '2024-12', 6),
  suppressed('825', '2024-12'),
  ok('1082', '2024-12', 4.1),
  ok('1082', '2023-12', 4.5),
  ok('000', '2024-12', 3.8),
];
const codes = ['751', '101', '825'];

describe('keyFigures', () => {
  it('gives a municipality its value, change, rank, region and country', () => {
    const figures = keyFigures(
      rows,
      '2024-12',
      { code: '751', kind: 'municipality', regionCode: '1082' },
      codes,
      '000',
    );
    expect(figures).toEqual({
      period: '2024-12',
      own: { value: 4.8, status: 'ok' },
      change: 0.7,
      rank: { rank: 2, of: 2 },
      region: { value: 4.1, status: 'ok' },
      country: { value: 3.8, status: 'ok' },
    });
  });

  it('gives a region no rank and no region beside it', () => {
    const figures = keyFigures(
      rows,
      '2024-12',
      { code: '1082', kind: 'region', regionCode: null },
      codes,
      '000',
    );
    expect(figures.rank).toBeNull();
    expect(figures.region).toBeNull();
    expect(figures.change).toBe(-0.4);
  });

  it('keeps a suppressed value absent with its status, and ranks nothing', () => {
    const figures = keyFigures(
      rows,
      '2024-12',
      { code: '825', kind: 'municipality', regionCode: '1082' },
      codes,
      '000',
    );
    expect(figures.own).toEqual({ value: null, status: 'suppressed' });
    expect(figures.rank).toBeNull();
    expect(figures.change).toBeNull();
  });

  it('calls an area without a row missing', () => {
    const figures = keyFigures(
      rows,
      '2024-12',
      { code: '999', kind: 'municipality', regionCode: '1082' },
      codes,
      '000',
    );
    expect(figures.own).toEqual({ value: null, status: 'missing' });
  });
});
