import type { Area } from '../data/areas.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { sampleLabelOf } from '../data/indicator-meta.ts';
import { sourceLineOf, type SourceLine } from '../data/source-line.ts';
import { diffSnapshots } from '../data/revisions.ts';
import type { Observation } from '../data/types.ts';
import { formatDate, formatNumber, formatPeriod, type ValueFormat } from '../format.ts';
import type { TableText } from '../table-text.ts';
import { valueFormatFor } from '../value-text.ts';
import {
  latestPeriodsTable,
  revisionTableText,
  revisionsFor,
  snapshotTableText,
} from '../versions/snapshot-view.ts';
import { dayOf } from '../dates.ts';

/** Periods shown in the frozen table; the whole series is in the snapshot file. */
const LATEST_PERIODS = 6;

/** A snapshot date and how the page writes it: "3. marts 2025". */
export interface SnapshotDate {
  date: string;
  text: string;
}

/** What one snapshot's page shows: the country's and regions' latest figures and what it revised. */
export interface SnapshotPageView {
  title: string;
  /** The snapshot's own date. */
  day: SnapshotDate;
  /** Midnight UTC of the snapshot date, the version a citation names. */
  version: Date;
  sampleLabel: string | undefined;
  /** Where the figures come from (sourceLineOf). */
  source: SourceLine;
  /** The indicator's title as it reads inside a sentence. */
  titleInSentence: string;
  /** The newest snapshot, when this one is not it. */
  newer: SnapshotDate | null;
  table: TableText;
  tableCaption: string;
  /** What changed since the snapshot before; null for the first. */
  revision: SnapshotRevision | null;
  /** Every snapshot of the indicator, oldest first; `current` marks this one. */
  dates: (SnapshotDate & { current: boolean })[];
}

/** A snapshot's revisions of the one before it, counts formatted. */
export interface SnapshotRevision {
  previous: SnapshotDate;
  changed: string;
  added: string;
  statusChanged: string;
  removed: string;
  areasAffected: string;
  /** The revised periods, formatted; `to` is null when only one period was revised. */
  revisedPeriods: { from: string; to: string | null } | null;
  table: TableText;
  /** "Desuden er 12 tal for de enkelte kommuner rettet."; null when no other area was revised. */
  otherAreas: string | null;
  caption: string;
}

/** One snapshot's rows, with its date. */
export interface DatedRows {
  date: string;
  observations: readonly Observation[];
}

const dated = (date: string): SnapshotDate => ({ date, text: formatDate(date) });

/**
 * A snapshot's page: its rows, the rows of the snapshot before it (if any), every snapshot
 * date of the indicator (oldest first) and the areas, of which the country and regions are shown.
 */
export function snapshotPageView(
  meta: IndicatorMeta,
  current: DatedRows,
  previous: DatedRows | undefined,
  dates: readonly string[],
  areas: readonly Area[],
): SnapshotPageView {
  const day = dated(current.date);
  const shownAreas = areas.filter((area) => area.kind !== 'municipality').map((area) => area.code);
  const sampleLabel = sampleLabelOf(meta);
  const inBrackets = sampleLabel ? ` (${sampleLabel})` : '';
  const table = latestPeriodsTable(current.observations, shownAreas, LATEST_PERIODS);
  const names = new Map(areas.map((area) => [area.code, area.name]));
  const format = valueFormatFor(meta.unit);
  const newest = dates.at(-1)!;
  return {
    title: `${meta.shortTitle}: øjebliksbillede ${day.text}`,
    day,
    version: dayOf(current.date),
    sampleLabel,
    source: sourceLineOf(meta),
    titleInSentence: meta.title.charAt(0).toLowerCase() + meta.title.slice(1),
    newer: current.date === newest ? null : dated(newest),
    table: snapshotTableText(table, names, format),
    tableCaption: `${meta.shortTitle} for hele landet og regionerne, ${formatPeriod(table.periods[0]!)} til ${formatPeriod(table.periods.at(-1)!)}, øjebliksbillede ${day.text}${inBrackets}`,
    revision: previous
      ? revision(previous, current, shownAreas, {
          caption: `Rettede tal for hele landet og regionerne${inBrackets}`,
          names,
          format,
        })
      : null,
    dates: dates.map((date) => ({ ...dated(date), current: date === current.date })),
  };
}

function revision(
  previous: DatedRows,
  current: DatedRows,
  shownAreas: readonly string[],
  { caption, names, format }: { caption: string; names: ReadonlyMap<string, string>; format: ValueFormat },
): SnapshotRevision {
  const diff = diffSnapshots(previous.observations, current.observations);
  const { summary } = diff;
  const { firstRevisedPeriod: first, lastRevisedPeriod: last } = summary;
  const { rows, otherAreas } = revisionsFor(diff, shownAreas);
  return {
    previous: dated(previous.date),
    changed: formatNumber(summary.changed),
    added: formatNumber(summary.added),
    statusChanged: formatNumber(summary.statusChanged),
    removed: formatNumber(summary.removed),
    areasAffected: formatNumber(summary.areasAffected),
    revisedPeriods:
      first && last ? { from: formatPeriod(first), to: last === first ? null : formatPeriod(last) } : null,
    table: revisionTableText(rows, names, format),
    otherAreas:
      otherAreas > 0 ? `Desuden er ${formatNumber(otherAreas)} tal for de enkelte kommuner rettet.` : null,
    caption,
  };
}
