import { slug } from '../../slug.ts';
import type { Unit } from '../types.ts';

export type ColumnRole = 'areaCode' | 'area' | 'period' | 'value' | 'numerator' | 'denominator' | 'status';

/** Column index per role; a file has an area code column, an area name column, or both. */
export type ColumnMap = { period: number; value: number } & Record<
  'areaCode' | 'areaName' | 'numerator' | 'denominator' | 'status',
  number | null
>;

const AREA_WORDS = ['area', 'omraade', 'kommune', 'kommunenavn', 'geografi', 'jobcenter', 'navn', 'name'];
const CODE_WORDS = ['kode', 'code', 'nr', 'nummer', 'id', 'kommunekode', 'omraadekode', 'kommunenr'];
const PERIOD_WORDS = [
  'periode',
  'period',
  'maaned',
  'month',
  'kvartal',
  'quarter',
  'aar',
  'year',
  'tid',
  'time',
];
const DENOMINATOR_WORDS = ['naevner', 'denominator', 'befolkning', 'population'];
const NUMERATOR_WORDS = ['taeller', 'numerator'];
const VALUE_WORDS = ['andel', 'value', 'vaerdi', 'pct', 'procent', 'share'];

const hasAny = (words: readonly string[], wanted: readonly string[]): boolean =>
  words.some((word) => wanted.includes(word));

/** The role a header plays, from its words in ASCII ("Nævner" → "naevner"); see data/README.md. */
export function roleOf(header: string, unit: Unit): ColumnRole | null {
  const key = slug(header);
  const words = key.split('-');
  if (words.includes('status')) return 'status';
  if (
    hasAny(words, ['kommunekode', 'omraadekode', 'kommunenr']) ||
    (hasAny(words, AREA_WORDS) && hasAny(words, CODE_WORDS))
  )
    return 'areaCode';
  if (key === 'kode' || key === 'code') return 'areaCode';
  if (hasAny(words, AREA_WORDS)) return 'area';
  if (hasAny(words, PERIOD_WORDS)) return 'period';
  if (hasAny(words, DENOMINATOR_WORDS) || key.includes('i-alt')) return 'denominator';
  if (hasAny(words, NUMERATOR_WORDS)) return 'numerator';
  if (hasAny(words, VALUE_WORDS)) return 'value';
  if (words.includes('antal')) return unit === 'antal' ? 'value' : 'numerator';
  return null;
}

const LOOKED_FOR: Readonly<Record<'area' | 'period' | 'value', string>> = {
  area: "'Område', 'Kommune', 'Kommunekode' or 'area'",
  period: "'Periode', 'Måned', 'Kvartal', 'År' or 'period'",
  value: "'Andel', 'Værdi', 'Antal' or 'value'",
};

/**
 * Finds which column holds what. Each column may have several names (API v2 gives a Name and a
 * Label); the first that has a role counts. Returns a message instead when a column is missing
 * or two columns claim the same role.
 */
export function matchColumns(columns: readonly (readonly string[])[], unit: Unit): ColumnMap | string {
  const found = new Map<ColumnRole, number>();
  const shown = columns.map((names) => names.find((name) => name !== '') ?? '');
  for (const [index, names] of columns.entries()) {
    const role = names.map((name) => roleOf(name, unit)).find((candidate) => candidate !== null);
    if (!role) continue;
    const earlier = found.get(role);
    if (earlier !== undefined) {
      return `columns '${shown[earlier]}' and '${shown[index]}' both look like the ${role}; keep one of them`;
    }
    found.set(role, index);
  }
  const areaCode = found.get('areaCode') ?? null;
  const areaName = found.get('area') ?? null;
  const period = found.get('period');
  const value = found.get('value');
  const list = shown.map((name) => `'${name}'`).join(', ');
  if (areaCode === null && areaName === null)
    return `no column for the area (looked for ${LOOKED_FOR.area}); columns are ${list}`;
  if (period === undefined)
    return `no column for the period (looked for ${LOOKED_FOR.period}); columns are ${list}`;
  if (value === undefined)
    return `no column for the value (looked for ${LOOKED_FOR.value}); columns are ${list}`;
  return {
    areaCode,
    areaName,
    period,
    value,
    numerator: found.get('numerator') ?? null,
    denominator: found.get('denominator') ?? null,
    status: found.get('status') ?? null,
  };
}
