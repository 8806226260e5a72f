import { readAreaTable } from '../../src/lib/data/areas.ts';

/** The repo's reference table (data/reference), as the build reads it. */
export const areaTable = await readAreaTable('data');

/** The codes a snapshot of the repo's data folder may use. */
export const areaCodes: ReadonlySet<string> = new Set(areaTable.byCode.keys());

/** Each area's name by its code. */
export const areaNames: ReadonlyMap<string, string> = new Map(
  areaTable.all.map((area) => [area.code, area.name]),
);
