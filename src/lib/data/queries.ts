import { getCollection, type CollectionEntry } from 'astro:content';
import type { AreaData } from './areas-loader.ts';

export type IndicatorEntry = CollectionEntry<'indicators'>;

/** All indicators, by id. */
export async function getIndicators(): Promise<IndicatorEntry[]> {
  return (await getCollection('indicators')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The country, then regions, then municipalities, each by code. */
export async function getAreaList(): Promise<AreaData[]> {
  const order = { country: 0, region: 1, municipality: 2 } as const;
  return (await getCollection('areas'))
    .map((entry) => entry.data)
    .sort((a, b) => order[a.kind] - order[b.kind] || a.code.localeCompare(b.code));
}

/** Areas keyed by code. */
export async function getAreaMap(): Promise<Map<string, AreaData>> {
  return new Map((await getAreaList()).map((area) => [area.code, area]));
}
