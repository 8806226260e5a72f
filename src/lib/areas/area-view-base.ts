import type { Area } from '../data/areas.ts';
import { areaDataUrl, areaPath, chartId, MUNICIPALITIES_PATH, REGIONS_PATH } from '../paths.ts';
import { areaPageTerms, type SearchTerm } from '../search/search-terms.ts';
import type { AreaGoal } from './area-goals.ts';
import { municipalityPages, regionPages, type AreaContext, type AreaPageProps } from './area-pages.ts';

/** The two kinds of area with pages of their own. */
export type AreaPageKind = 'municipality' | 'region';

/** The municipalities a municipality's charts can be compared with (CompareAreas). */
export interface CompareView {
  regionCode: string;
  options: Area[];
  /** The charts to redraw: figure id and per-area JSON URL. */
  charts: { target: string; src: string }[];
}

/** What a municipality's and a region's pages, overview and per goal, have in common. */
export interface AreaViewBase extends AreaPageProps {
  goals: AreaGoal[];
  municipalityCodes: string[];
  /** The area's own page. */
  areaHref: string;
  /** The list of areas above the page, then any pages between it and the current one. */
  trail: { href: string; label: string }[];
  terms: SearchTerm[];
  /** The page's title with each former name of a municipality, for search. */
  otherTitles: string[];
  /** On a municipality's page: comparing its charts with other municipalities; null on a region's. */
  compare: CompareView | null;
}

/** The pages of one kind of area, each with its region and neighbours. */
export function areaPages(kind: AreaPageKind): Promise<AreaPageProps[]> {
  return kind === 'municipality' ? municipalityPages() : regionPages();
}

/** The parts of a municipality's or region's page that every page about it shares. */
export function areaViewBase(
  props: AreaPageProps,
  { goals, municipalities, municipalityCodes }: AreaContext,
  {
    titleFor,
    goalNumber,
    compared,
  }: {
    titleFor: (name: string) => string;
    goalNumber?: number;
    /** The goals whose charts a municipality's page compares (none on a region's); null for none. */
    compared: AreaGoal[] | null;
  },
): AreaViewBase {
  const { area, region } = props;
  const isMunicipality = area.kind === 'municipality';
  if (isMunicipality && !region) throw new Error(`municipality ${area.code} (${area.name}) has no region`);
  const compare =
    isMunicipality && region && compared
      ? {
          regionCode: region.code,
          options: municipalities.filter((other) => other.code !== area.code),
          charts: compared.map((goal) => ({
            target: chartId(goal.goal.id),
            src: areaDataUrl(goal.indicator!.meta.id),
          })),
        }
      : null;
  return {
    ...props,
    goals,
    municipalityCodes,
    areaHref: areaPath(area),
    trail: [
      isMunicipality
        ? { href: MUNICIPALITIES_PATH, label: 'Kommunerne' }
        : { href: REGIONS_PATH, label: 'Regionerne' },
    ],
    terms: areaPageTerms(area, goalNumber),
    otherTitles: isMunicipality ? area.aliases.map(titleFor) : [],
    compare,
  };
}
