import { describe, expect, it } from 'vitest';
import type { AreaGoal } from '../../../../src/lib/areas/area-goals.ts';
import { overviewRows, regionsOverviewView } from '../../../../src/lib/areas/regions-overview-view.ts';
import { country, indicator, municipality, region } from './fixtures.ts';

const midt = region('1082', 'Region Midtjylland');
const nord = region('1081', 'Region Nordjylland');
const areas = [
  country,
  nord,
  midt,
  municipality('751', 'Aarhus', '1082'),
  municipality('727', 'Odder', '1082'),
];
const goal = (number: number, measured: boolean): AreaGoal =>
  ({
    goal: { id: `maal-${number}`, data: { number } },
    indicator: measured ? indicator : null,
    letters: [],
    followUp: null,
  }) as unknown as AreaGoal;

describe('overviewRows', () => {
  it('gives each area its latest value per indicator', () => {
    expect(overviewRows([midt, country], [indicator]).map((row) => row.values)).toEqual([
      ['4,1 pct.'],
      ['3,8 pct.'],
    ]);
  });
});

describe('regionsOverviewView', () => {
  const overview = regionsOverviewView(areas, [goal(1, false), goal(3, true)]);

  it('has a column for each goal with an indicator, naming the goal, the measure and the period', () => {
    expect(overview.columns).toEqual(['Mål 3: Opkvalificering, december 2024']);
  });

  it('lists the regions, then the country, with their number of municipalities and a link for regions', () => {
    expect(overview.rows.map((row) => [row.area.name, row.municipalities, row.href, row.values])).toEqual([
      ['Region Nordjylland', 0, '/regioner/region-nordjylland/', ['ikke oplyst']],
      ['Region Midtjylland', 2, '/regioner/region-midtjylland/', ['4,1 pct.']],
      ['Hele landet', 2, null, ['3,8 pct.']],
    ]);
  });

  it('captions the table with the data date, spaced as a sentence', () => {
    expect(overview.caption).toBe('Seneste værdi for hver indikator (data pr. 3. marts 2025)');
  });
});
