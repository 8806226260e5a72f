/** A municipality's page, or its page for one goal: `/kommuner/aarhus/`, `/kommuner/aarhus/opkvalificering/`. */
export function municipalityPath(slug: string, goalId?: string): string {
  return goalId === undefined ? `/kommuner/${slug}/` : `/kommuner/${slug}/${goalId}/`;
}

/** A region's page, or its page for one goal: `/regioner/region-midtjylland/`. */
export function regionPath(slug: string, goalId?: string): string {
  return goalId === undefined ? `/regioner/${slug}/` : `/regioner/${slug}/${goalId}/`;
}

/** The id of a goal's chart on an area page; the goal's section itself has the goal id as anchor. */
export function chartId(goalId: string): string {
  return `${goalId}-graf`;
}

/**
 * The per-area chart JSON (src/pages/data/[id]/kommune/[code].json.ts) the municipality picker
 * also reads, with "{kommune}" standing for the area code; there is one for every area.
 */
export function areaDataUrl(indicatorId: string): string {
  return `/data/${indicatorId}/kommune/{kommune}.json`;
}
