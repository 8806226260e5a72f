import { utcTicks } from 'd3';
import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../../../src/lib/charts/month-ticks.ts';

const utc = (year: number, month: number, day = 1): Date => new Date(Date.UTC(year, month - 1, day));
const iso = (dates: Date[]): string[] => dates.map((date) => date.toISOString().slice(0, 10));

describe('monthTicks', () => {
  it('ticks whole years across six years of months', () => {
    expect(iso(monthTicks(utc(2019, 1), utc(2024, 12), 7))).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
    ]);
  });

  it('ticks quarters across two years', () => {
    expect(iso(monthTicks(utc(2023, 2), utc(2024, 12), 7))).toEqual([
      '2023-04-01',
      '2023-07-01',
      '2023-10-01',
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
    ]);
  });

  it('places ticks where d3-time utcTicks does for every span of months or more', () => {
    for (let first = 0; first < 12; first += 1) {
      for (const months of [4, 7, 12, 18, 24, 36, 60, 72, 120, 200, 400]) {
        for (const count of [2, 3, 5, 7, 9]) {
          const start = utc(2008, 1 + first);
          const stop = utc(2008, 1 + first + months);
          if ((stop.getTime() - start.getTime()) / count < 30 * 864e5) continue;
          expect(iso(monthTicks(start, stop, count)), `${iso([start, stop]).join('…')} / ${count}`).toEqual(
            iso(utcTicks(start, stop, count)),
          );
        }
      }
    }
  });

  it('starts on the first boundary after a start inside a month', () => {
    expect(iso(monthTicks(utc(2023, 2, 15), utc(2024, 12), 7))[0]).toBe('2023-04-01');
  });

  it('returns the ticks in descending order for a reversed domain', () => {
    expect(iso(monthTicks(utc(2024, 12), utc(2019, 1), 7))[0]).toBe('2024-01-01');
  });
});
