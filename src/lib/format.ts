import { formatLocale } from 'd3-format';
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import { parsePeriod } from './data/period.ts';

/** Danish number conventions: decimal comma, thousands dot, and a real minus sign (U+2212). */
export const danishNumberLocale = /* @__PURE__ */ formatLocale({
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', ' kr.'],
  minus: '\u2212',
});

type Twelve<T> = [T, T, T, T, T, T, T, T, T, T, T, T];

const MONTHS: Twelve<string> = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** Short month names as Danish orthography abbreviates them ("maj" is not shortened). */
export const SHORT_MONTHS: Twelve<string> = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'maj',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];

const timeLocaleDefinition: TimeLocaleDefinition = {
  dateTime: '%A den %-d. %B %Y %X',
  date: '%d.%m.%Y',
  time: '%H.%M.%S',
  periods: ['', ''],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn.', 'man.', 'tirs.', 'ons.', 'tors.', 'fre.', 'lør.'],
  months: MONTHS,
  shortMonths: SHORT_MONTHS,
};

/** Danish time formats; use `utcFormat` so output never depends on the machine's time zone. */
export const danishTimeLocale = /* @__PURE__ */ timeFormatLocale(timeLocaleDefinition);

/** "A", "A og B", "A, B og C". */
export function joinDanish(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
    : (items[0] ?? '');
}

/** "1.234" and "12,5": up to six decimals, trailing zeros dropped, unless `decimals` fixes them. */
export function formatNumber(n: number, decimals?: number): string {
  const specifier = decimals === undefined ? ',.6~f' : `,.${decimals}f`;
  return danishNumberLocale.format(specifier)(n);
}

/** A percentage given in percent (12.5 → "12,5 pct."), the Danish way of writing %. */
export function formatPct(n: number, decimals = 1): string {
  return `${formatNumber(n, decimals)} pct.`;
}

/** How values are written: percentages as "12,5 pct.", counts as "1.234". */
export interface ValueFormat {
  unit: 'percent' | 'count';
  decimals: number;
}

/** A number with its sign at the shown decimals: "+1,2", "−0,8", and "0,0" without a sign. */
function formatSigned(n: number, decimals: number): string {
  const steps = Math.round(n * 10 ** decimals);
  const sign = steps > 0 ? '+' : steps < 0 ? '\u2212' : '';
  return `${sign}${formatNumber(Math.abs(n), decimals)}`;
}

/** A change in percentage points, always signed: "+1,2 procentpoint", "−0,8 procentpoint". */
export function formatChange(pp: number, decimals = 1): string {
  return `${formatSigned(pp, decimals)} procentpoint`;
}

/** "maj 2024", "2. kvartal 2024", "2024". */
export function formatPeriod(period: string): string {
  const { periodicity, year, index } = parsePeriod(period);
  if (periodicity === 'month') return `${MONTHS[index - 1]} ${year}`;
  if (periodicity === 'quarter') return `${index}. kvartal ${year}`;
  return String(year);
}

/** Compact labels for axes and table headers: "maj 2024", "jan. 2024", "2. kvt. 2024", "2024". */
export function formatPeriodShort(period: string): string {
  const { periodicity, year, index } = parsePeriod(period);
  if (periodicity === 'month') return `${SHORT_MONTHS[index - 1]} ${year}`;
  if (periodicity === 'quarter') return `${index}. kvt. ${year}`;
  return String(year);
}

/** A date as Danish prose, "2. september 2024": a Date, or an ISO date string ("2024-09-02"). */
export function formatDate(date: string | Date): string {
  if (date instanceof Date) return danishTimeLocale.utcFormat('%-d. %B %Y')(date);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.getUTCDate() !== Number(match?.[3])) {
    throw new Error(`Date '${date}' is not a valid date of the form 2024-09-02`);
  }
  return formatDate(day);
}

/** "34,2 pct." for percentages, "1.234" for counts, at the format's decimals. */
export function formatValue(value: number, format: ValueFormat): string {
  return format.unit === 'percent' ? formatPct(value, format.decimals) : formatNumber(value, format.decimals);
}

/** A signed difference: "+0,4 procentpoint" for percentages, "+12" / "−3" for counts. */
export function formatDifference(difference: number, format: ValueFormat): string {
  return format.unit === 'percent'
    ? formatChange(difference, format.decimals)
    : formatSigned(difference, format.decimals);
}
