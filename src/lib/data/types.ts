/** Whether a figure was published (`ok`), withheld for confidentiality (`suppressed`) or is absent (`missing`). */
export type ObservationStatus = 'ok' | 'suppressed' | 'missing';

/** How often an indicator is measured; decides the period spelling (`2024-05`, `2024-Q2`, `2024`). */
export type Periodicity = 'month' | 'quarter' | 'year';

/** What a value counts: a percentage (0–100) or a number of persons or firms. */
export type Unit = 'pct' | 'antal';

/** One row of a canonical snapshot: one area in one period. */
export interface Observation {
  /** Area code: 3-digit municipality ("101"), 4-digit region ("1081") or "000" for the whole country. */
  area: string;
  /** Canonical period: `2024-05`, `2024-Q2` or `2024`. */
  period: string;
  /** The published figure; null unless status is `ok`. */
  value: number | null;
  /** The count behind a share (e.g. persons who started upskilling), when published. */
  numerator: number | null;
  /** The population a share is taken of, when published. */
  denominator: number | null;
  /** Whether the value was published. */
  status: ObservationStatus;
}

/** One published snapshot of an indicator, as the pages read it. */
export interface Snapshot {
  /** Publication date of the snapshot, `YYYY-MM-DD` (its file name). */
  date: string;
  /** Path of the CSV file relative to the project root. */
  file: string;
  /** Every row of the file, in file order. */
  observations: Observation[];
}
