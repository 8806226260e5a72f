import { slug } from '../slug.ts';

/** The canonical area code of the whole country: Statistics Denmark's OMRÅDE code for "Hele landet". */
export const COUNTRY_CODE = '000';

/** The country's name on the site. */
export const COUNTRY_NAME = 'Hele landet';

/**
 * Names real exports give the whole country (sources in data/README.md): Jobindsats and
 * Statistics Denmark's Danish tables say "Hele landet", StatBank's English tables "All Denmark".
 */
export const COUNTRY_NAMES: readonly string[] = [COUNTRY_NAME, 'Danmark', 'Hele Danmark', 'All Denmark'];

/** Codes real exports give the whole country: only Statistics Denmark's "000" is documented. */
export const COUNTRY_CODES: readonly string[] = [COUNTRY_CODE];

const NAME_KEYS: ReadonlySet<string> = new Set(COUNTRY_NAMES.map(slug));
const DIGITS = /^\d{1,3}$/;

/**
 * True when an area cell stands for the whole country: one of its names (case, accents and
 * spacing aside) or one of its codes. Spreadsheets drop leading zeros, so `0` and the number 0
 * are "000"; a 4-digit "0000" is no code any source uses.
 */
export function isWholeCountry(cell: string | number): boolean {
  const text = String(cell).trim();
  if (DIGITS.test(text)) return COUNTRY_CODES.includes(text.padStart(3, '0'));
  return NAME_KEYS.has(slug(text));
}
