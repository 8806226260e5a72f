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

/** A municipality's or region's page, or its page for one goal; the country has no page of its own. */
export function areaPath(area: { kind: string; slug: string }, goalId?: string): string {
  if (area.kind === 'municipality') return municipalityPath(area.slug, goalId);
  if (area.kind === 'region') return regionPath(area.slug, goalId);
  throw new Error(`no page for the area '${area.slug}' of kind '${area.kind}'`);
}

/**
 * The id of a chart's figure, for links to it: a goal's chart on an area page (the goal's
 * section itself has the goal id as anchor), or an indicator's chart in its embed.
 */
export function chartId(id: string): string {
  return `${id}-graf`;
}
