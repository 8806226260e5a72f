import type { Observation, Periodicity } from './types.ts';

const ZERO = 48;
const NINE = 57;

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= ZERO && code <= NINE;
}

function hasYear(text: string): boolean {
  return isDigitAt(text, 0) && isDigitAt(text, 1) && isDigitAt(text, 2) && isDigitAt(text, 3);
}

/**
 * A number for a canonical period (`2024-05` → 202405, `2024-Q2` → 202422, `2024` → 202400),
 * or -1 when the text is not one. Read from character codes: it runs once per row of a snapshot.
 */
export function periodNumber(period: string): number {
  if (!hasYear(period)) return -1;
  const digit = (index: number): number => period.charCodeAt(index) - ZERO;
  const year = (digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)) * 100;
  if (period.length === 4) return year;
  if (period.length !== 7 || period.charCodeAt(4) !== 45) return -1;
  if (period.charCodeAt(5) === 81) {
    const quarter = period.charCodeAt(6) - ZERO;
    return quarter >= 1 && quarter <= 4 ? year + 20 + quarter : -1;
  }
  if (!isDigitAt(period, 5) || !isDigitAt(period, 6)) return -1;
  const month = (period.charCodeAt(5) - ZERO) * 10 + period.charCodeAt(6) - ZERO;
  return month >= 1 && month <= 12 ? year + month : -1;
}

/** Orders canonical periods in time; a sort comparator. */
export const comparePeriods = (a: string, b: string): number => periodNumber(a) - periodNumber(b);

/** Every period the observations cover, oldest first, each once. */
export function periodsOf(observations: readonly Observation[]): string[] {
  return [...new Set(observations.map((row) => row.period))].sort(comparePeriods);
}

export interface ParsedPeriod {
  periodicity: Periodicity;
  year: number;
  /** Month (1-12) for months, quarter (1-4) for quarters, 1 for years. */
  index: number;
  /** First day of the period at 00:00 UTC. */
  start: Date;
}

/** Parses a canonical period: "2024-05" (month), "2024-Q2" (quarter) or "2024" (year). */
export function parsePeriod(period: string): ParsedPeriod {
  const number = periodNumber(period);
  if (number < 0) throw new Error(`Period '${period}' is not of the form 2024-05, 2024-Q2 or 2024`);
  const year = Math.floor(number / 100);
  const periodicity = periodicityOfNumber(number);
  const index = periodicity === 'month' ? number % 100 : periodicity === 'quarter' ? (number % 100) - 20 : 1;
  const month = periodicity === 'month' ? index - 1 : periodicity === 'quarter' ? (index - 1) * 3 : 0;
  return { periodicity, year, index, start: new Date(Date.UTC(year, month, 1)) };
}

/** The periodicity encoded in a period number (see periodNumber). */
export function periodicityOfNumber(number: number): Periodicity {
  const rest = number % 100;
  return rest === 0 ? 'year' : rest > 20 ? 'quarter' : 'month';
}

/** How messages name each periodicity. */
export const PERIODICITY_LABELS: Readonly<Record<Periodicity, { noun: string; adjective: string }>> = {
  month: { noun: 'a month', adjective: 'monthly' },
  quarter: { noun: 'a quarter', adjective: 'quarterly' },
  year: { noun: 'a year', adjective: 'yearly' },
};

/**
 * Jobindsats spelling of a canonical period ("2024M05", "2024Q2"), which Excel leaves alone where
 * it would turn "2024-05" into a date. Years and anything else pass unchanged.
 */
export function jobindsatsPeriod(period: string): string {
  return period.length === 7
    ? period.slice(0, 4) + (period.charAt(5) === 'Q' ? period.slice(5) : `M${period.slice(5)}`)
    : period;
}
