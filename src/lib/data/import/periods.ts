const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januar: 1,
  feb: 2,
  februar: 2,
  mar: 3,
  marts: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const YEAR = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})\s*[-/M]\s*(\d{1,2})$/i;
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const YEAR_QUARTER = /^(\d{4})\s*-?\s*[QK]\s*([1-4])$/i;
const QUARTER_YEAR = /^([1-4])\.?\s*(?:kvt|kvartal)\.?\s*(\d{4})$/i;
const NAMED_MONTH = /^([a-zæøå]+)\.?\s+(\d{4})$/i;

const cache = new Map<string, string | null>();

function month(year: string, number: number): string | null {
  return number >= 1 && number <= 12 ? `${year}-${String(number).padStart(2, '0')}` : null;
}

function canonical(text: string): string | null {
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(text))) return match[1]!;
  if ((match = YEAR_MONTH.exec(text))) return month(match[1]!, Number(match[2]));
  if ((match = MONTH_YEAR.exec(text))) return month(match[2]!, Number(match[1]));
  if ((match = YEAR_QUARTER.exec(text))) return `${match[1]}-Q${match[2]}`;
  if ((match = QUARTER_YEAR.exec(text))) return `${match[2]}-Q${match[1]}`;
  if ((match = NAMED_MONTH.exec(text))) {
    const number = MONTHS[match[1]!.toLowerCase()];
    return number === undefined ? null : month(match[2]!, number);
  }
  return null;
}

/**
 * The canonical period (`2024-05`, `2024-Q2`, `2024`) for the spellings found in Jobindsats
 * downloads and Danish spreadsheets: "2024M05", "2024-05", "05-2024", "maj 2024", "2024Q2",
 * "2024K2", "2. kvt. 2024", "2024"; an Excel date is read as the month it falls in. Null when the
 * cell is none of them.
 */
export function normalizePeriod(cell: unknown): string | null {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? null : month(String(cell.getUTCFullYear()), cell.getUTCMonth() + 1);
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  let result = cache.get(text);
  if (result === undefined) {
    result = canonical(text);
    if (cache.size > 10_000) cache.clear();
    cache.set(text, result);
  }
  return result;
}
