import { getCollection, type CollectionEntry } from 'astro:content';
import type { Area } from './areas.ts';
import type { IndicatorEntryData, StoredSnapshot } from './indicator-entry.ts';

export type IndicatorEntry = CollectionEntry<'indicators'>;

/** All indicators, by id. */
export async function getIndicators(): Promise<IndicatorEntry[]> {
  return (await getCollection('indicators')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The country, then regions, then municipalities, each by code. */
export async function getAreaList(): Promise<Area[]> {
  const order = { country: 0, region: 1, municipality: 2 } as const;
  return (await getCollection('areas'))
    .map((entry) => entry.data)
    .sort((a, b) => order[a.kind] - order[b.kind] || a.code.localeCompare(b.code));
}

/** Each area's name by its code. */
export async function getAreaNames(): Promise<ReadonlyMap<string, string>> {
  return new Map((await getAreaList()).map((area) => [area.code, area.name]));
}

// A type, not an interface: Astro's route props need an index signature.
/** What a route for one published snapshot gets: its indicator and the stored snapshot. */
export type SnapshotRouteProps = {
  entry: IndicatorEntryData;
  stored: StoredSnapshot;
};

/** One route per published snapshot: `{ id, date }`, oldest snapshot of each indicator first. */
export async function snapshotRoutes(): Promise<
  { params: { id: string; date: string }; props: SnapshotRouteProps }[]
> {
  return (await getIndicators()).flatMap(({ id, data }) =>
    data.snapshots.map((stored) => ({ params: { id, date: stored.date }, props: { entry: data, stored } })),
  );
}
