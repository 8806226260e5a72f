import { comparePeriods } from '../data/period.ts';
import type { Periodicity } from '../data/types.ts';
import { parsePeriod } from '../data/period.ts';
import { formatDifference, formatPeriod, formatValue } from '../format.ts';
import { rankItems, type RankingItem } from './rank-items.ts';
import type { Revision } from './revision-chart.ts';
import { endSentence } from './text.ts';
import { joinDanish } from '../format.ts';
import type { Series, ValueFormat } from './types.ts';
import { COUNTRY_NAME } from '../data/whole-country.ts';
import { STATUS_TEXT, absentValueText } from '../value-text.ts';

export interface SummaryOptions {
  format: ValueFormat;
  /** What the value is, as it reads after "var": "andelen", "antallet" (default "værdien"). */
  subject?: string | undefined;
  /**
   * The period the page reports (periodToReport), so the sentence and the page's figures speak of
   * the same month; default the primary series' latest period.
   */
  period?: string | undefined;
}

/** "i Aarhus"", "i Region Midtjylland", "i hele landet". */
export function inPlace(label: string): string {
  return `i ${label === COUNTRY_NAME ? COUNTRY_NAME.toLowerCase() : label}`;
}

/**
 * The latest period of the primary series in one sentence, compared with the other series:
 * "I maj 2024 var andelen 34,2 pct. i Aarhus mod 31,0 pct. i hele landet."
 * A missing latest value is said as such, never skipped over.
 */
export function summarizeLatest(
  series: readonly Series[],
  { format, subject = 'værdien', period }: SummaryOptions,
): string {
  const primary = series.find((s) => s.role === 'primary') ?? series[0];
  const sorted = primary ? [...primary.points].sort((a, b) => comparePeriods(a.period, b.period)) : [];
  // Up to the reported period: a later, unreported point must not become "the latest known".
  const points = period === undefined ? sorted : sorted.filter((p) => comparePeriods(p.period, period) <= 0);
  const latest = points[points.length - 1];
  if (!primary || !latest) return 'Der er ingen tal at vise.';
  const when = formatPeriod(latest.period);
  if (latest.value === null) {
    const reason = `er ${absentValueText(latest.status)}`;
    const known = points.findLast((p) => p.value !== null);
    const knownText =
      known?.value == null
        ? ''
        : ` Den seneste kendte værdi er ${formatValue(known.value, format)} fra ${formatPeriod(known.period)}.`;
    return `Værdien for ${primary.label} i ${when} ${reason}.${knownText}`;
  }
  const others = series.filter((s) => s !== primary && s.role !== 'context');
  const compared: string[] = [];
  const absent: string[] = [];
  for (const other of others) {
    const value = other.points.find((p) => p.period === latest.period)?.value ?? null;
    if (value === null) absent.push(other.label === COUNTRY_NAME ? COUNTRY_NAME.toLowerCase() : other.label);
    else compared.push(`${formatValue(value, format)} ${inPlace(other.label)}`);
  }
  const comparison = compared.length > 0 ? ` mod ${joinDanish(compared)}` : '';
  const absentText =
    absent.length > 0 ? ` Tallet for ${joinDanish(absent)} er ${STATUS_TEXT.missing} for ${when}.` : '';
  return `I ${when} var ${subject} ${formatValue(latest.value, format)} ${inPlace(primary.label)}${comparison}.${absentText}`;
}

export interface RankingSummaryOptions extends SummaryOptions {
  period: string;
  highlight?: string | undefined;
  reference?: { label: string; value: number } | undefined;
  /** The items' noun, singular and plural (default ["kommune", "kommuner"]). */
  nouns?: [string, string] | undefined;
}

/** Where the highlighted item stands among all items with a value, or the spread when none is highlighted. */
export function summarizeRanking(items: readonly RankingItem[], options: RankingSummaryOptions): string {
  const { format, period, highlight, reference, nouns = ['kommune', 'kommuner'] } = options;
  const counted = (n: number): string => `${n} ${n === 1 ? nouns[0] : nouns[1]}`;
  const when = formatPeriod(period);
  const ranked = rankItems(items);
  const referenceText = reference
    ? ` mod ${formatValue(reference.value, format)} ${inPlace(reference.label)}`
    : '';
  const marked = items.find((i) => i.id === highlight);
  if (marked && marked.value === null) {
    const reason = `er ${absentValueText(marked.status)}`;
    return `Værdien for ${marked.label} i ${when} ${reason}, så ${marked.label} indgår ikke i sammenligningen.`;
  }
  const position = ranked.find((i) => i.id === highlight);
  if (position) {
    const place = position.rank === 1 ? 'den højeste' : `den ${position.rank}. højeste`;
    return endSentence(
      `I ${when} havde ${position.label} ${place} værdi blandt ${counted(ranked.length)} med en værdi: ` +
        `${formatValue(position.value, format)}${referenceText}`,
    );
  }
  const highest = ranked[0];
  const lowest = ranked[ranked.length - 1];
  if (!highest || !lowest) return `Der er ingen værdier for ${when}.`;
  const missing = items.length - ranked.length;
  const missingText = missing > 0 ? ` ${counted(missing)} har ingen værdi.` : '';
  const spread =
    `I ${when} lå værdierne for ${counted(ranked.length)} mellem ${formatValue(lowest.value, format)} ` +
    `(${lowest.label}) og ${formatValue(highest.value, format)} (${highest.label})${referenceText}`;
  return `${endSentence(spread)}${missingText}`;
}

const PLURAL: Record<Periodicity, string> = { month: 'måneder', quarter: 'kvartaler', year: 'år' };

/**
 * How much of the charted periods a newer snapshot changed, and the largest change. The chart
 * may show only the latest periods the two snapshots share, so the sentence counts what it shows.
 */
export function summarizeRevision(
  revisions: readonly Revision[],
  comparedPeriods: number,
  { format }: Pick<SummaryOptions, 'format'>,
): string {
  const noun = PLURAL[revisions[0] ? parsePeriod(revisions[0].period).periodicity : 'month'];
  const shown = `Grafen viser de seneste ${comparedPeriods} ${noun}, som begge opgørelser dækker.`;
  if (revisions.length === 0) return `${shown} Ingen af dem er revideret.`;
  const parts = [shown, `Af dem er ${revisions.length} revideret.`];
  const changed = revisions.filter((r): r is Revision & { difference: number } => r.difference !== null);
  const largest = changed.reduce<(typeof changed)[number] | undefined>(
    (best, r) => (best === undefined || Math.abs(r.difference) > Math.abs(best.difference) ? r : best),
    undefined,
  );
  if (largest)
    parts.push(`Den største ændring er ${formatDifference(largest.difference, format)} i ${largest.label}.`);
  const appeared = revisions.filter((r) => r.older === null).length;
  const vanished = revisions.filter((r) => r.newer === null).length;
  if (appeared > 0)
    parts.push(`${appeared} ${appeared === 1 ? 'værdi' : 'værdier'}, der manglede, er kommet til.`);
  if (vanished > 0)
    parts.push(`${vanished} ${vanished === 1 ? 'værdi er' : 'værdier er'} ikke længere oplyst.`);
  return parts.join(' ');
}
