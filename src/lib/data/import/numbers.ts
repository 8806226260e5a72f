/** Cells that stand for a figure withheld for confidentiality ("diskretioneret"). */
export const SUPPRESSED_MARKS: ReadonlySet<string> = new Set(['..', 'x', 'X', 'diskr.']);

/** Cells that stand for a figure that does not exist or is not available. */
export const MISSING_MARKS: ReadonlySet<string> = new Set(['', '.', '-', '–', 'null', 'NULL', 'NA', 'n/a']);

const SPACES = /[\s\u00a0\u202f]/g;
const DOT_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/;
const THOUSANDS_ONLY = /^-?\d{1,3}(?:\.\d{3})+$/;

/** True when any numeric-looking cell uses a decimal comma: then dots are thousands separators. */
export function usesDecimalComma(cells: Iterable<unknown>): boolean {
  for (const cell of cells) {
    if (typeof cell === 'string' && /^-?[\d.]*\d,\d+$/.test(cell.replace(SPACES, ''))) return true;
  }
  return false;
}

/**
 * Reads "1.039,5" (Danish), "48,3", "48.3", "1 039" or a JSON number. Returns NaN when the text is
 * not a number; null for a missing or suppressed mark (decide which with the mark sets).
 */
export function parseLocaleNumber(cell: unknown, decimalComma: boolean): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell !== 'string') return Number.NaN;
  const trimmed = cell.trim();
  if (SUPPRESSED_MARKS.has(trimmed) || MISSING_MARKS.has(trimmed)) return null;
  const text = trimmed.replace(SPACES, '');
  if (decimalComma) {
    return COMMA_DECIMAL.test(text) ? Number(text.replaceAll('.', '').replace(',', '.')) : Number.NaN;
  }
  if (DOT_DECIMAL.test(text)) return Number(text);
  return Number.NaN;
}

/** Counts in a file without decimal commas may still carry thousands dots: "1.039" persons. */
export function parseLocaleCount(cell: unknown, decimalComma: boolean): number | null {
  if (!decimalComma && typeof cell === 'string' && THOUSANDS_ONLY.test(cell.trim())) {
    return Number(cell.trim().replaceAll('.', ''));
  }
  return parseLocaleNumber(cell, decimalComma);
}
