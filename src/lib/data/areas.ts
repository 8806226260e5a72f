import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { slug } from '../slug.ts';
import { COUNTRY_CODE, COUNTRY_NAME, isWholeCountry } from './whole-country.ts';

export type AreaKind = 'country' | 'region' | 'municipality';

export interface Area {
  /** "000" for the country, 1081-1085 for regions, the 3-digit kommunekode for municipalities. */
  code: string;
  /** Current Danish name: "Hele landet", "Region Nordjylland", "Høje-Taastrup". */
  name: string;
  /** URL segment: "hele-landet", "region-nordjylland", "hoeje-taastrup". */
  slug: string;
  kind: AreaKind;
  /** Region of a municipality; null for regions and the country. */
  regionCode: string | null;
  /** Other names of a municipality from kommune-aliases.csv: former names, other spellings. */
  aliases: string[];
}

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
  for (const row of aliases) spellings.set(spellingKey(row.alias), row.code);

  return {
    all,
    byCode: new Map(all.map((area) => [area.code, area])),
    bySlug: new Map(all.map((area) => [area.slug, area])),
    spellings,
  };
}

let cached: AreaTable | undefined;

/** The area table from data/reference (read once, relative to the working directory: build time only). */
export function getAreas(): AreaTable {
  if (!cached) {
    const read = (file: string): string => readFileSync(resolve('data/reference', file), 'utf8');
    cached = parseAreas(read('kommuner.csv'), read('kommune-aliases.csv'));
  }
  return cached;
}

export function municipalities(): Area[] {
  return getAreas().all.filter((area) => area.kind === 'municipality');
}

export function regions(): Area[] {
  return getAreas().all.filter((area) => area.kind === 'region');
}

export function areaByCode(code: string): Area | undefined {
  return getAreas().byCode.get(code);
}

export function areaBySlug(areaSlug: string): Area | undefined {
  return getAreas().bySlug.get(areaSlug);
}

/**
 * Maps a code ("101", "0101", "1081", "000") or any known name or spelling to the canonical area
 * code. The whole country is recognised by isWholeCountry() alone.
 */
export function resolveArea(input: string, table: AreaTable = getAreas()): string | null {
  const text = input.trim();
  if (isWholeCountry(text)) return COUNTRY_CODE;
  if (DIGITS.test(text)) {
    const code = text.length === 4 && text.startsWith('0') ? text.slice(1) : text.padStart(3, '0');
    return code !== COUNTRY_CODE && table.byCode.has(code) ? code : null;
  }
  return table.spellings.get(spellingKey(text)) ?? null;
}
