import { describe, expect, it } from 'vitest';
import { groupByRegion } from '../../../../src/lib/areas/group-by-region.ts';
import { country, municipality, region } from './fixtures.ts';

const areas = [
  country,
  region('1082', 'Region Midtjylland'),
  region('1081', 'Region Nordjylland'),
  municipality('751', 'Aarhus', '1082'),
  municipality('727', 'Odder', '1082'),
  municipality('851', 'Aalborg', '1081'),
  municipality('849', 'Jammerbugt', '1081'),
];

describe('groupByRegion', () => {
  it('puts regions in code order, each with its own municipalities', () => {
    const groups = groupByRegion(areas);
    expect(groups.map((group) => group.region.code)).toEqual(['1081', '1082']);
    expect(groups[1]?.municipalities.map((area) => area.code).sort()).toEqual(['727', '751']);
  });

  it('orders names the Danish way, with Aa after Z', () => {
    const groups = groupByRegion(areas);
    expect(groups[0]?.municipalities.map((area) => area.name)).toEqual(['Jammerbugt', 'Aalborg']);
    expect(groups[1]?.municipalities.map((area) => area.name)).toEqual(['Odder', 'Aarhus']);
  });
});
