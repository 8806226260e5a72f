import { byDanishName, type Area } from '../data/areas.ts';

export interface RegionGroup {
  region: Area;
  /** The region's municipalities in Danish alphabetical order. */
  municipalities: Area[];
}

/** Municipalities under their regions, regions in code order (1081 Nordjylland first). */
export function groupByRegion(areas: readonly Area[]): RegionGroup[] {
  const regions = areas.filter((area) => area.kind === 'region').sort((a, b) => a.code.localeCompare(b.code));
  return regions.map((region) => ({
    region,
    municipalities: areas
      .filter((area) => area.kind === 'municipality' && area.regionCode === region.code)
      .sort(byDanishName),
  }));
}
