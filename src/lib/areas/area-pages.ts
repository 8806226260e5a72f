import type { Area } from '../data/areas.ts';
import { getAreaList } from '../data/queries.ts';
import { getAreaGoals, type AreaGoal } from './area-goals.ts';
import { byDanishName } from '../data/areas.ts';

/** What every municipality and region page is built from. */
export interface AreaPageProps {
  area: Area;
  /** A municipality's region; null on a region page. */
  region: Area | null;
  /** A region's municipalities (a municipality's fellow municipalities in its region), in Danish order. */
  neighbours: Area[];
}

/** The areas, the goals and the municipality codes pages share; computed once per build. */
export interface AreaContext {
  municipalities: Area[];
  municipalityCodes: string[];
  goals: AreaGoal[];
}

let context: Promise<AreaContext> | undefined;

async function loadContext(): Promise<AreaContext> {
  const [areas, goals] = await Promise.all([getAreaList(), getAreaGoals()]);
  const municipalities = areas.filter((area) => area.kind === 'municipality').sort(byDanishName);
  return { municipalities, municipalityCodes: municipalities.map((area) => area.code), goals };
}

export function getAreaContext(): Promise<AreaContext> {
  context ??= loadContext();
  return context;
}

/** One page per municipality: its region and the other municipalities of the region. */
export async function municipalityPages(): Promise<AreaPageProps[]> {
  const areas = await getAreaList();
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const municipalities = areas.filter((area) => area.kind === 'municipality');
  return municipalities.map((area) => {
    const region = byCode.get(area.regionCode ?? '');
    if (!region)
      throw new Error(
        `data/reference/kommuner.csv: municipality ${area.code} has an unknown region '${String(area.regionCode)}'`,
      );
    const neighbours = municipalities
      .filter((other) => other.regionCode === area.regionCode)
      .sort(byDanishName);
    return { area, region, neighbours };
  });
}

/** One page per region, with its municipalities. */
export async function regionPages(): Promise<AreaPageProps[]> {
  const areas = await getAreaList();
  return areas
    .filter((area) => area.kind === 'region')
    .map((area) => ({
      area,
      region: null,
      neighbours: areas.filter((other) => other.regionCode === area.code).sort(byDanishName),
    }));
}
