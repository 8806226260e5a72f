import { z } from 'astro/zod';
import { indicatorMetaSchema } from './indicator-meta.ts';
import type { Observation, ObservationStatus, Snapshot } from './types.ts';

const nullableNumbers = z.array(z.number().nullable());

/** A snapshot's rows stored column by column: a third of the size of an array of objects. */
export const compactObservationsSchema = z.object({
  area: z.array(z.string()),
  period: z.array(z.string()),
  value: nullableNumbers,
  numerator: nullableNumbers,
  denominator: nullableNumbers,
  status: z.array(z.enum(['ok', 'suppressed', 'missing'])),
});

export const storedSnapshotSchema = z.object({
  /** Publication date, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** CSV path relative to the project root. */
  file: z.string(),
  /** Rows in file order; read them with observationsOf(). */
  rows: compactObservationsSchema,
});

/** Data of one entry of the indicator collection: the metadata and every snapshot, oldest first. */
export const indicatorEntrySchema = z.object({
  meta: indicatorMetaSchema,
  snapshots: z.array(storedSnapshotSchema).min(1),
});

export type CompactObservations = z.infer<typeof compactObservationsSchema>;
export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;
export type IndicatorEntryData = z.infer<typeof indicatorEntrySchema>;

export function toCompact(observations: readonly Observation[]): CompactObservations {
  const rows: CompactObservations = { area: [], period: [], value: [], numerator: [], denominator: [], status: [] };
  for (const row of observations) {
    rows.area.push(row.area);
    rows.period.push(row.period);
    rows.value.push(row.value);
    rows.numerator.push(row.numerator);
    rows.denominator.push(row.denominator);
    rows.status.push(row.status);
  }
  return rows;
}

const expanded = new WeakMap<CompactObservations, Observation[]>();

/** The rows of a stored snapshot as observations (built once per snapshot). */
export function observationsOf(snapshot: StoredSnapshot): Observation[] {
  let observations = expanded.get(snapshot.rows);
  if (!observations) {
    const { area, period, value, numerator, denominator, status } = snapshot.rows;
    observations = area.map((code, index) => ({
      area: code,
      period: period[index]!,
      value: value[index] ?? null,
      numerator: numerator[index] ?? null,
      denominator: denominator[index] ?? null,
      status: status[index] as ObservationStatus,
    }));
    expanded.set(snapshot.rows, observations);
  }
  return observations;
}

/** Every snapshot of an indicator with its observations, oldest first. */
export function snapshotsOf(entry: IndicatorEntryData): Snapshot[] {
  return entry.snapshots.map((snapshot) => ({ date: snapshot.date, file: snapshot.file, observations: observationsOf(snapshot) }));
}

/** The newest snapshot of an indicator. */
export function latestSnapshot(entry: IndicatorEntryData): Snapshot {
  const newest = entry.snapshots[entry.snapshots.length - 1]!;
  return { date: newest.date, file: newest.file, observations: observationsOf(newest) };
}

/** One area's observations from a snapshot, in period order. */
export function seriesOf(snapshot: Snapshot, area: string): Observation[] {
  return snapshot.observations.filter((row) => row.area === area).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
