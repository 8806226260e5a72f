/** The municipalities, grouped by region. */
export const MUNICIPALITIES_PATH = '/kommuner/';

/** The regions. */
export const REGIONS_PATH = '/regioner/';

/** A municipality's page, or its page for one goal: `/kommuner/aarhus/`, `/kommuner/aarhus/opkvalificering/`. */
export function municipalityPath(slug: string, goalId?: string): string {
  return goalId === undefined ? `${MUNICIPALITIES_PATH}${slug}/` : `${MUNICIPALITIES_PATH}${slug}/${goalId}/`;
}

/** A region's page, or its page for one goal: `/regioner/region-midtjylland/`. */
export function regionPath(slug: string, goalId?: string): string {
  return goalId === undefined ? `${REGIONS_PATH}${slug}/` : `${REGIONS_PATH}${slug}/${goalId}/`;
}

/** An area's page, or its page for one goal, by the kind of area. */
export function areaPath(kind: 'municipality' | 'region', slug: string, goalId?: string): string {
  return kind === 'municipality' ? municipalityPath(slug, goalId) : regionPath(slug, goalId);
}

/**
 * The id of a chart's figure, for links to it: a goal's chart on an area page (the goal's
 * section itself has the goal id as anchor), or an indicator's chart in its embed.
 */
export function chartId(id: string): string {
  return `${id}-graf`;
}
