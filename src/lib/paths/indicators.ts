/** The indicators. */
export const INDICATORS_PATH = '/indikatorer/';

/** The Frictionless Data Package that describes every download. */
export const DATAPACKAGE_PATH = '/data/datapackage.json';

/** A download's path as datapackage.json names it, relative to itself: `/data/maal.csv` → `maal.csv`. */
export function relativeToDataPackage(path: string): string {
  const folder = DATAPACKAGE_PATH.slice(0, DATAPACKAGE_PATH.lastIndexOf('/') + 1);
  if (!path.startsWith(folder)) throw new Error(`${path} is not beside ${DATAPACKAGE_PATH}`);
  return path.slice(folder.length);
}

/** An indicator's page with its newest figures: `/indikatorer/mm13/`. */
export function indicatorPath(id: string): string {
  return `${INDICATORS_PATH}${id}/`;
}

/** One snapshot of an indicator, as published on that day: `/indikatorer/mm13/2024-09-02/`. */
export function snapshotPath(id: string, date: string): string {
  return `${INDICATORS_PATH}${id}/${date}/`;
}

/** An indicator's chart alone, for other sites' iframes: `/embed/mm13/`. */
export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

/** Whether a path is an embed, which is a fragment for iframes, not a page to index. */
export function isEmbedPath(path: string): boolean {
  return path.startsWith('/embed/');
}

/** An indicator's metadata and snapshot list as JSON: `/data/mm13.json`. */
export function indicatorDataPath(id: string): string {
  return `/data/${id}.json`;
}

/** A snapshot's CSV, as imported: `/data/mm13/2024-09-02.csv`. */
export function snapshotCsvPath(id: string, date: string): string {
  return `/data/${id}/${date}.csv`;
}

/** A snapshot's CSV for Excel (semicolons, decimal commas): `/data/mm13/2024-09-02-excel.csv`. */
export function snapshotExcelCsvPath(id: string, date: string): string {
  return `/data/${id}/${date}-excel.csv`;
}

/**
 * The per-area chart JSON (src/pages/data/[id]/kommune/[code].json.ts) the municipality picker
 * also reads, with "{kommune}" standing for the area code; there is one for every area.
 */
export function areaDataUrl(indicatorId: string): string {
  return `/data/${indicatorId}/kommune/{kommune}.json`;
}
