/** How a series takes part in a chart: the subject, what it is compared with, or background. */
export type SeriesRole = 'primary' | 'comparison' | 'context';

/** Mirrors ObservationStatus in the data layer without depending on it. */
export type PointStatus = 'ok' | 'suppressed' | 'missing';

export interface SeriesPoint {
  /** Canonical period: "2024-05", "2024-Q2" or "2024". */
  period: string;
  /** The value, or null where it is suppressed or missing (never drawn as 0). */
  value: number | null;
  /** Why the value is null; absent means "ok" for values and "missing" for nulls. */
  status?: PointStatus;
}

export interface Series {
  id: string;
  /** Shown in labels, legends, tables and sentences, e.g. "Aarhus" or "Hele landet". */
  label: string;
  role: SeriesRole;
  points: SeriesPoint[];
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type { ValueFormat } from '../format.ts';

/** An axis tick: where it sits along its axis and what it says. */
export interface Tick {
  position: number;
  label: string;
}

export interface Point {
  x: number;
  y: number;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'wye' | 'none';

/** Everything that tells one series from another, in colour and in grayscale print. */
export interface SeriesStyle {
  color: string;
  /** An SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  strokeWidth: number;
  marker: MarkerShape;
}
