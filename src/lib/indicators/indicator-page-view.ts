import type { RankingItem } from '../charts/rank-items.ts';
import type { Series, ValueFormat } from '../charts/types.ts';
import { byDanishName, type Area } from '../data/areas.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { sampleLabelOf } from '../data/indicator-meta.ts';
import type { Observation, Snapshot } from '../data/types.ts';
import { formatDate, formatPeriod, formatValue } from '../format.ts';
import type { TableText } from '../table-text.ts';
import { STATUS_TEXT, countText, observationText, valueFormatFor } from '../value-text.ts';
import { areaLineSeries, rankingItemsFor, recentPoints, subjectFor } from './chart-inputs.ts';
import { indicatorGoals, type GoalLookup, type IndicatorGoal, type LetterGoals } from './indicator-goals.ts';
import { observationAt } from './observation-index.ts';
import { periodToReport } from './periods.ts';
import { snapshotItems, type SnapshotItem } from './snapshot-items.ts';
import { valueAt } from './values.ts';
import { COUNTRY_CODE } from '../data/whole-country.ts';
import { sourceLineOf, type SourceLine } from '../data/source-line.ts';
import { dayOf } from '../dates.ts';
import { snapshotDownloadName } from '../data/download-name.ts';
import { DATAPACKAGE_PATH, indicatorDataPath, snapshotCsvPath, snapshotExcelCsvPath } from '../paths.ts';

/** Periods the revision chart shows: Jobindsats revises the latest months, so two years frame them. */
const REVISION_MONTHS = 24;

/** What an indicator's page shows, from its newest snapshot and the one before it. */
export interface IndicatorPageView {
  meta: IndicatorMeta;
  /** The sample-data label, when the indicator's figures are not official. */
  sampleLabel: string | undefined;
  /** The newest snapshot's date, `YYYY-MM-DD`, and as the page writes it. */
  latest: { date: string; text: string };
  /** The period the page reports (periodToReport), and as the page writes it. */
  period: string;
  periodText: string;
  /** The country's value in that period, formatted; null when it is not published. */
  countryValueText: string | null;
  format: ValueFormat;
  subject: string;
  /** Source line of the charts (sourceLineOf). */
  source: SourceLine;
  goals: IndicatorGoal[];
  /** The country, the regions by code, then the municipalities by name. */
  areas: Area[];
  /** The municipalities by name. */
  municipalities: Area[];
  /** The country over every period of the newest snapshot. */
  countrySeries: Series;
  /** The municipalities in the period, and the country's value to mark across them. */
  ranking: { items: RankingItem[]; reference?: { label: string; value: number } };
  /** Every area's row in the period, in the order of `areas`. */
  /** Every area's figures in the reported period, as the table of all areas shows them. */
  table: TableText;
  /** The disclosure that opens the table: "Vis tallene for alle 104 områder i december 2024". */
  tableSummary: string;
  tableCaption: string;
  /** The country's latest months in the snapshot before the newest and in the newest; null with one snapshot. */
  revision: { title: string; older: Series; newer: Series } | null;
  /** Every snapshot, newest first. */
  snapshots: SnapshotItem[];
  /** The files to download: the indicator as JSON, the latest snapshot as CSV and for Excel, the data package. */
  downloads: {
    json: string;
    csv: { href: string; download: string };
    excel: { href: string; download: string };
    datapackage: string;
  };
  /** The page's history, when the indicator has a publication date. */
  history: { published: Date; changes: { date: Date; note: string }[] } | null;
  /** The version a citation names: the latest snapshot's day. */
  version: Date;
}

/** The collections an indicator page reads besides its own snapshots. */
export interface IndicatorPageContext {
  areas: readonly Area[];
  goals: ReadonlyMap<string, GoalLookup>;
  letters: readonly LetterGoals[];
}

/** An indicator's page from its metadata, every snapshot (oldest first, at least one) and the context. */
export function indicatorPageView(
  meta: IndicatorMeta,
  snapshots: readonly Snapshot[],
  context: IndicatorPageContext,
): IndicatorPageView {
  const latest = snapshots.at(-1)!;
  const previous = snapshots.at(-2);
  const { observations } = latest;
  const period = periodToReport(observations)!;
  const format = valueFormatFor(meta.unit);
  const sampleLabel = sampleLabelOf(meta);
  const country = context.areas.find((area) => area.kind === 'country')!;
  const regions = context.areas.filter((area) => area.kind === 'region');
  const municipalities = context.areas.filter((area) => area.kind === 'municipality').sort(byDanishName);
  const areas = [country, ...regions, ...municipalities];
  const countryValue = valueAt(observations, COUNTRY_CODE, period);
  /** The country's latest months as one snapshot saw them, named after its date. */
  const revisionSeries = (snapshot: Snapshot): Series =>
    recentPoints(
      {
        ...areaLineSeries(snapshot.observations, country),
        id: snapshot.date,
        label: `Data pr. ${formatDate(snapshot.date)}`,
      },
      REVISION_MONTHS,
    );
  return {
    meta,
    sampleLabel,
    latest: { date: latest.date, text: formatDate(latest.date) },
    period,
    periodText: formatPeriod(period),
    countryValueText: countryValue === null ? null : formatValue(countryValue, format),
    format,
    subject: subjectFor(meta.unit),
    source: sourceLineOf(meta),
    goals: indicatorGoals(meta.goals, context.goals, context.letters),
    areas,
    municipalities,
    countrySeries: areaLineSeries(observations, country),
    ranking: {
      items: rankingItemsFor(observations, period, municipalities),
      ...(countryValue === null ? {} : { reference: { label: country.name, value: countryValue } }),
    },
    table: areaValuesText(observations, areas, period, meta.unit),
    tableSummary: `Vis tallene for alle ${areas.length} områder i ${formatPeriod(period)}`,
    tableCaption: `${meta.shortTitle}, ${formatPeriod(period)}, data pr. ${formatDate(latest.date)}${sampleLabel ? ` (${sampleLabel})` : ''}`,
    revision: previous
      ? {
          title: `${meta.shortTitle} i hele landet: data pr. ${formatDate(previous.date)} og ${formatDate(latest.date)}`,
          older: revisionSeries(previous),
          newer: revisionSeries(latest),
        }
      : null,
    snapshots: snapshotItems(snapshots),
    downloads: {
      json: indicatorDataPath(meta.id),
      csv: {
        href: snapshotCsvPath(meta.id, latest.date),
        download: snapshotDownloadName(meta.id, latest.date, 'canonical', meta.sample),
      },
      excel: {
        href: snapshotExcelCsvPath(meta.id, latest.date),
        download: snapshotDownloadName(meta.id, latest.date, 'excel', meta.sample),
      },
      datapackage: DATAPACKAGE_PATH,
    },
    history: meta.published
      ? {
          published: dayOf(meta.published),
          changes: meta.changes.map((change) => ({ date: dayOf(change.date), note: change.note })),
        }
      : null,
    version: dayOf(latest.date),
  };
}

/** The value, numerator, denominator and status of every area in one period. */
function areaValuesText(
  observations: readonly Observation[],
  areas: readonly Area[],
  period: string,
  unit: IndicatorMeta['unit'],
): TableText {
  const format = valueFormatFor(unit);
  return {
    columns: [
      { label: unit === 'pct' ? 'Andel' : 'Antal', numeric: true },
      { label: 'Tæller', numeric: true },
      { label: 'Nævner', numeric: true },
      { label: 'Status' },
    ],
    rows: areas.map((area) => {
      const row = observationAt(observations, area.code, period);
      return {
        area: area.code,
        name: area.name,
        cells: [
          observationText(row, format),
          countText(row?.numerator),
          countText(row?.denominator),
          STATUS_TEXT[row?.status ?? 'missing'],
        ],
      };
    }),
  };
}
