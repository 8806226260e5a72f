import { describe, expect, it } from 'vitest';
import { indicatorSection, municipalityRows } from '../../../../src/lib/areas/indicator-section.ts';
import { municipalityPath } from '../../../../src/lib/paths.ts';
import { indicator, municipality, region } from './fixtures.ts';

const midt = region('1082', 'Region Midtjylland');
const aarhus = municipality('751', 'Aarhus', '1082');
const odder = municipality('727', 'Odder', '1082');

describe('indicatorSection', () => {
  it('charts a municipality against its region and the country, in that order', () => {
    const section = indicatorSection(indicator, aarhus, midt, ['751', '727']);
    expect(section.series.map((s) => [s.id, s.label, s.role])).toEqual([
      ['751', 'Aarhus', 'primary'],
      ['1082', 'Region Midtjylland', 'comparison'],
      ['000', 'Hele landet', 'comparison'],
    ]);
    expect(section.chartTitle).toBe('Opkvalificering: Aarhus, Region Midtjylland og hele landet');
    expect(section.subject).toBe('andelen');
  });

  it('charts a region against the country only', () => {
    const section = indicatorSection(indicator, midt, null, ['751', '727']);
    expect(section.series.map((s) => s.id)).toEqual(['1082', '000']);
    expect(section.figures.rank).toBeNull();
  });

  it('keeps every period of the area, oldest first', () => {
    const section = indicatorSection(indicator, aarhus, midt, ['751']);
    expect(section.series[0]?.points.map((p) => p.period)).toEqual(['2023-12', '2024-12']);
  });
});

describe('municipalityRows', () => {
  it('writes each municipality’s latest value and change, or why they are absent', () => {
    const rows = municipalityRows(indicator, [odder, aarhus], (area) => municipalityPath(area.slug));
    expect(rows).toEqual([
      {
        code: '727',
        name: 'Odder',
        href: '/kommuner/odder/',
        value: 'diskretioneret',
        change: 'kan ikke beregnes',
      },
      {
        code: '751',
        name: 'Aarhus',
        href: '/kommuner/aarhus/',
        value: '4,8 pct.',
        change: '+0,7 procentpoint',
      },
    ]);
  });
});
