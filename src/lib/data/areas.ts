import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import Papa from 'papaparse';
import { slug } from '../slug.ts';
import { COUNTRY_CODE, COUNTRY_NAME, isWholeCountry } from './whole-country.ts';

/** One area as pages read it: the country, a region or a municipality. */
export const areaSchema = z.object({
  /** "000" for the country, 1081-1085 for regions, the 3-digit kommunekode for municipalities. */
  code: z.string().regex(/^\d{3,4}$/),
  /** Current Danish name: "Hele landet", "Region Nordjylland", "Høje-Taastrup". */
  name: z.string().min(1),
  /** URL segment, lowercase ASCII: "hele-landet", "region-nordjylland", "hoeje-taastrup". */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['country', 'region', 'municipality']),
  /** Region of a municipality; null for regions and the country. */
  regionCode: z.string().nullable(),
  /** A municipality's other names (kommune-aliases.csv): former names, other spellings. Search finds the area by them. */
  aliases: z.array(z.string().min(1)),
});

export type Area = z.infer<typeof areaSchema>;
export type AreaKind = Area['kind'];

export interface AreaTable {
  /** Country first, then regions by code, then municipalities by code. */
  all: readonly Area[];
  byCode: ReadonlyMap<string, Area>;
  bySlug: ReadonlyMap<string, Area>;
  /** Every known spelling, keyed by its slug, to the area code. */
  spellings: ReadonlyMap<string, string>;
}

const DIGITS = /^\d{1,4}$/;
const AFFIXES = /^jobcenter\s+|\s+kommune$/g;

/** Case, accents, spaces and hyphens do not matter; nor do "Jobcenter …" and "… Kommune". */
function spellingKey(name: string): string {
  return slug(name.trim().toLowerCase().replace(AFFIXES, ''));
}

interface KommuneRow {
  code: string;
  name: string;
  region_code: string;
  region_name: string;
}
interface AliasRow {
  code: string;
  alias: string;
}

function parseCsv<T>(text: string): T[] {
  return Papa.parse<T>(text.trim(), { header: true, skipEmptyLines: true }).data;
}

/** Builds the area table from kommuner.csv and kommune-aliases.csv. */
export function parseAreas(kommunerCsv: string, aliasesCsv: string): AreaTable {
  const aliases = parseCsv<AliasRow>(aliasesCsv);
  const aliasesOf = (code: string): string[] =>
    aliases.filter((row) => row.code === code).map((row) => row.alias);
  const country: Area = {
    code: COUNTRY_CODE,
    name: COUNTRY_NAME,
    slug: slug(COUNTRY_NAME),
    kind: 'country',
    regionCode: null,
    aliases: [],
  };
  const regions = new Map<string, Area>();
  const municipalities: Area[] = [];
  for (const row of parseCsv<KommuneRow>(kommunerCsv)) {
    if (!regions.has(row.region_code)) {
      regions.set(row.region_code, {
        code: row.region_code,
        name: row.region_name,
        slug: slug(row.region_name),
        kind: 'region',
        regionCode: null,
        aliases: [],
      });
    }
    municipalities.push({
      code: row.code,
      name: row.name,
      slug: slug(row.name),
      kind: 'municipality',
      regionCode: row.region_code,
      aliases: aliasesOf(row.code),
    });
  }
  const byNumber = (a: Area, b: Area): number => Number(a.code) - Number(b.code);
  const all = [country, ...[...regions.values()].sort(byNumber), ...municipalities.sort(byNumber)];

  const spellings = new Map<string, string>();
  for (const area of [...regions.values(), ...municipalities])
    spellings.set(spellingKey(area.name), area.code);
  for (const region of regions.values())
    spellings.set(spellingKey(region.name.replace(/^Region /, '')), region.code);
  for (const [index, row] of aliases.entries()) {
    if (!municipalities.some((area) => area.code === row.code))
      throw new Error(
        `kommune-aliases.csv line ${index + 2}: code '${row.code}' is not a municipality in kommuner.csv`,
      );
    spellings.set(spellingKey(row.alias), row.code);
  }

  return {
    all,
    byCode: new Map(all.map((area) => [area.code, area])),
    bySlug: new Map(all.map((area) => [area.slug, area])),
    spellings,
  };
}

/** The area table of a data folder: `<dataDir>/reference/kommuner.csv` and its aliases. */
export async function readAreaTable(dataDir: string): Promise<AreaTable> {
  const read = (file: string): Promise<string> => readFile(join(dataDir, 'reference', file), 'utf8');
  return parseAreas(await read('kommuner.csv'), await read('kommune-aliases.csv'));
}

/**
 * Maps a code ("101", "0101", "1081", "000") or any known name or spelling to the canonical area
 * code. The whole country is recognised by isWholeCountry() alone.
 */
export function resolveArea(input: string, table: AreaTable): string | null {
  const text = input.trim();
  if (isWholeCountry(text)) return COUNTRY_CODE;
  if (DIGITS.test(text)) {
    const code = text.length === 4 && text.startsWith('0') ? text.slice(1) : text.padStart(3, '0');
    return code !== COUNTRY_CODE && table.byCode.has(code) ? code : null;
  }
  return table.spellings.get(spellingKey(text)) ?? null;
}

const danish = new Intl.Collator('da');

/** Names in Danish order: Æ, Ø and Å (and the Aa of Aarhus) after Z. The one order of area names. */
export function byDanishName(a: { name: string }, b: { name: string }): number {
  return danish.compare(a.name, b.name);
}
