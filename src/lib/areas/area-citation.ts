import type { AreaGoal } from './area-goals.ts';

/** What a municipality's or region's page gives its "Sådan citerer du" box (CitationBox). */
export interface AreaCitation {
  /** The page's title as it should stand in a reference. */
  title: string;
  versionLabel: string;
  /** The newest data date of the indicators the page shows; undefined when it shows none. */
  version: Date | undefined;
}

/** The citation of an area's page that shows the given goals: its data date is their newest. */
export function areaCitation(title: string, shown: readonly AreaGoal[]): AreaCitation {
  const dates = shown.flatMap(({ indicator }) => (indicator ? [indicator.date] : [])).sort();
  const newest = dates.at(-1);
  return newest
    ? { title, versionLabel: 'Data pr.', version: new Date(`${newest}T00:00:00Z`) }
    : { title, versionLabel: 'Version', version: undefined };
}
