/**
 * The values of the Pagefind `type` filter that BaseLayout's `searchType` prop writes on every
 * page, with their labels: singular on a result, plural in the filter menu.
 */
export const SEARCH_TYPES = {
  brev: { one: 'Brev', many: 'Breve' },
  maal: { one: 'Mål', many: 'Mål' },
  indikator: { one: 'Indikator', many: 'Indikatorer' },
  kommune: { one: 'Kommune/region', many: 'Kommuner og regioner' },
  side: { one: 'Side', many: 'Andre sider' },
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

export function isSearchType(value: string): value is SearchType {
  return Object.hasOwn(SEARCH_TYPES, value);
}

/**
 * How much a page of each type weighs in the ranking. An area page repeats the goal's title
 * and wording for one of 98 municipalities or 5 regions; at full weight those pages bury the
 * goal, letter and indicator pages they repeat. A query that names the area still finds them
 * first, since only they match the name.
 */
const TYPE_WEIGHTS: Partial<Record<SearchType, number>> = { kommune: 0.5 };

/** The Pagefind weight for a page of this type; undefined leaves Pagefind's default of 1. */
export function searchWeightOf(type: string): number | undefined {
  return isSearchType(type) ? TYPE_WEIGHTS[type] : undefined;
}

/** Filter, metadata and sort keys in the index, as the pages write them. */
export const SEARCH_KEYS = {
  type: 'type',
  year: 'år',
  goal: 'mål',
  date: 'dato',
  /**
   * The page's title as it reads with a municipality's former name (SearchTerms.astro). Pagefind
   * searches metadata too, at weight 1 for fields other than the title: enough for "opkvalificering
   * Århus" to rank Aarhus' page for that goal first, as "opkvalificering Aarhus" does, while
   * "opkvalificering" alone still ranks the goal's own pages first.
   */
  otherTitles: 'andre-titler',
} as const;

/** What the search filters offer: the years and goals on the site. */
export interface SearchFacets {
  /** The years with goals on the site, oldest first. */
  years: string[];
  /** The goals, as slug and title. */
  goals: { id: string; title: string }[];
}
