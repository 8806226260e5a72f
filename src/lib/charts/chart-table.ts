import { formatPeriod } from '../format.ts';
import { comparePeriods } from '../data/period.ts';
import { rankItems, type RankingItem } from './rank-items.ts';
import type { Series, ValueFormat } from './types.ts';
import { formatDifference, formatValue } from '../format.ts';
import { absentValueText, valueText } from '../value-text.ts';

export interface TableCell {
  /** As shown: "34,2 pct.", "diskretioneret". */
  text: string;
  /** As downloaded: the plain number, or null where there is none. */
  value: number | null;
}

export interface TableRow {
  /** Machine key for the row: a period ("2024-05") or an area code ("751"). */
  key: string;
  /** The row header as shown: "maj 2024", "Aarhus". */
  header: string;
  cells: TableCell[];
}

/** The numbers behind a chart, shown as an accessible table and downloaded as CSV. */
export interface ChartTable {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: string[];
  /** Heading of the key column in CSV, e.g. "periode" or "kommunekode". */
  keyColumn: string;
  /** Whether CSV keeps the shown row header next to the key (names yes, formatted periods no). */
  csvKeepsHeader: boolean;
  rows: TableRow[];
}

/** What a table over time says about its order: in time, as the chart reads and CSV files run. */
const PERIOD_ORDER_NOTE = 'ældste periode først';

/** One row per period, oldest first (the caption says so), one column per series; absent values say why. */
export function seriesTable(series: readonly Series[], format: ValueFormat, caption: string): ChartTable {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  const lookups = series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  return {
    caption: `${caption} (${PERIOD_ORDER_NOTE})`,
    columns: ['Periode', ...series.map((s) => s.label)],
    keyColumn: 'periode',
    csvKeepsHeader: false,
    rows: periods.map((period) => ({
      key: period,
      header: formatPeriod(period),
      cells: lookups.map((lookup) => {
        const point = lookup.get(period);
        const value = point?.value ?? null;
        return { text: valueText(value, point?.status, format), value };
      }),
    })),
  };
}

/** Items ranked highest first, then those without a value. */
export function rankingTable(
  items: readonly RankingItem[],
  format: ValueFormat,
  caption: string,
): ChartTable {
  const ranked = rankItems(items).map((item) => ({
    key: item.id,
    header: item.label,
    cells: [
      { text: `${item.rank}.`, value: item.rank },
      { text: formatValue(item.value, format), value: item.value },
    ],
  }));
  const absent = items
    .filter((item) => item.value === null)
    .map((item) => ({
      key: item.id,
      header: item.label,
      cells: [
        { text: '', value: null },
        { text: absentValueText(item.status), value: null },
      ],
    }));
  return {
    caption,
    columns: ['Område', 'Placering', 'Værdi'],
    keyColumn: 'kode',
    csvKeepsHeader: true,
    rows: [...ranked, ...absent],
  };
}

/** Both snapshots side by side with the change, for periods the older one covers. */
export function revisionTable(
  older: Series,
  newer: Series,
  format: ValueFormat,
  caption: string,
): ChartTable {
  const base = seriesTable([older, newer], format, caption);
  return {
    ...base,
    columns: [...base.columns, 'Ændring'],
    rows: base.rows.map((row) => {
      const [before, after] = [row.cells[0]?.value ?? null, row.cells[1]?.value ?? null];
      const difference = before === null || after === null ? null : after - before;
      const text = difference === null ? '' : formatDifference(difference, format);
      return { ...row, cells: [...row.cells, { text, value: difference }] };
    }),
  };
}
