import { describe, expect, it } from 'vitest';
import { snapshotItems } from '../../../../src/lib/indicators/snapshot-items.ts';
import { ok, snapshot } from './fixtures.ts';

describe('snapshotItems', () => {
  const older = snapshot('2024-09-02', ok('000', '2024-06', 40), ok('000', '2024-07', 41));
  const newer = snapshot(
    '2024-12-02',
    ok('000', '2024-06', 40),
    ok('000', '2024-07', 42),
    ok('000', '2024-08', 43),
  );

  it('lists the snapshots newest first, with their rows and the periods they cover', () => {
    const items = snapshotItems([older, newer]);
    expect(
      items.map(({ date, rows, firstPeriod, lastPeriod }) => [date, rows, firstPeriod, lastPeriod]),
    ).toEqual([
      ['2024-12-02', 3, '2024-06', '2024-08'],
      ['2024-09-02', 2, '2024-06', '2024-07'],
    ]);
  });

  it('says what each snapshot revised in the one before it, and nothing for the first', () => {
    const [second, first] = snapshotItems([older, newer]);
    expect(second?.revision).toBe('Rettede 1 tal for juli 2024 i 1 område; 1 nyt tal kom til.');
    expect(first?.revision).toBeNull();
  });
});
