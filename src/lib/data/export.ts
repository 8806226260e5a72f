import Papa from 'papaparse';
import type { IndicatorMeta } from './indicator-meta.ts';
import { jobindsatsPeriod } from './period.ts';
import { CANONICAL_HEADER } from './snapshot.ts';
import { sourceLineOf } from './source-line.ts';
import type { Observation, Unit } from './types.ts';
import { STATUS_TEXT } from '../value-text.ts';

export {
  toDataPackage,
  type DataPackage,
  type DataPackageInput,
  type DataResource,
  type TableField,
} from './datapackage.ts';

const plain = (number: number | null): string => (number === null ? '' : String(number));

/** A canonical snapshot (data/README.md): UTF-8 without BOM, LF, header `area,period,…`. */
export function toCanonicalCsv(observations: readonly Observation[]): string {
  const lines = [CANONICAL_HEADER];
  for (const row of observations) {
    lines.push(
      `${row.area},${row.period},${plain(row.value)},${plain(row.numerator)},${plain(row.denominator)},${row.status}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const danishNumber = (number: number | null): string =>
  number === null ? '' : String(number).replace('.', ',');

export interface DanishCsvOptions {
  /** For sample data, the "Bemærkning" column's text on every row (sourceLineOf); absent for real data. */
  note?: string | undefined;
  /** Names the value column "Andel (pct.)" or "Antal"; default pct. */
  unit?: Unit;
  /** The name shown beside each area code. */
  areaNames: ReadonlyMap<string, string>;
}

/** Rows as a CSV that Danish Excel opens cleanly: `;` separator, UTF-8 with BOM, CRLF. */
export function toExcelCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse(rows as string[][], { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** Rows as plain CSV: UTF-8 without BOM, commas, LF, quotes only where a cell needs them. */
export function toPlainCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows as string[][], { delimiter: ',', newline: '\n' })}\n`;
}

/**
 * A snapshot as a CSV that Danish Excel opens cleanly (toExcelCsv), with decimal commas.
 * The importer reads it back to the same observations.
 */
export function toDanishCsv(observations: readonly Observation[], options: DanishCsvOptions): string {
  const header = [
    'Områdekode',
    'Område',
    'Periode',
    options.unit === 'antal' ? 'Antal' : 'Andel (pct.)',
    'Tæller',
    'Nævner',
    'Status',
  ];
  if (options.note) header.push('Bemærkning');
  const rows = observations.map((row) => {
    const cells = [
      row.area,
      options.areaNames.get(row.area) ?? row.area,
      jobindsatsPeriod(row.period),
      danishNumber(row.value),
      danishNumber(row.numerator),
      danishNumber(row.denominator),
      STATUS_TEXT[row.status],
    ];
    // On every row of a sample download, in its own column so Excel still sees one header row.
    if (options.note) cells.push(options.note);
    return cells;
  });
  return toExcelCsv([header, ...rows]);
}

/**
 * An indicator as JSON. Sample data keeps the measure it was modelled on under `modelledOn`,
 * not `source`, so no program reads Jobindsats as the source of generated figures.
 */
export type IndicatorJson = Omit<IndicatorMeta, 'source'> & {
  /** "Kilde: Jobindsats.dk (MM13)", or "Eksempeldata, dannet efter Jobindsats' måling MM13". */
  sourceLine: string;
  source?: IndicatorMeta['source'];
  modelledOn?: IndicatorMeta['source'];
  licence: string;
  snapshots: { date: string; observations: Observation[] }[];
};

/** An indicator with all its snapshots, for a JSON download. */
export function toIndicatorJson(
  meta: IndicatorMeta,
  snapshots: readonly { date: string; observations: readonly Observation[] }[],
): IndicatorJson {
  const { source, ...rest } = meta;
  return {
    ...rest,
    sourceLine: sourceLineOf(meta).text,
    ...(meta.sample ? { modelledOn: source } : { source }),
    licence: 'CC-BY-4.0',
    snapshots: snapshots.map(({ date, observations }) => ({ date, observations: [...observations] })),
  };
}
