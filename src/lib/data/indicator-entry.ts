import { z } from 'astro/zod';
import { indicatorMetaSchema } from './indicator-meta.ts';

/** What pages need to find and trust a snapshot; its rows come from readObservations(). */
export const storedSnapshotSchema = z.object({
  /** Publication date, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** CSV path relative to the project root, for messages and citations. */
  file: z.string(),
  /** Absolute path of the CSV the loader validated. */
  path: z.string(),
  /** sha256 of the file as validated; the reader refuses a file that differs. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Number of data rows. */
  rowCount: z.number().int().positive(),
  /** The periods the snapshot covers, in order. */
  periods: z.array(z.string()).min(1),
});

/** Data of one entry of the indicator collection: the metadata and every snapshot, oldest first. */
export const indicatorEntrySchema = z.object({
  meta: indicatorMetaSchema,
  snapshots: z.array(storedSnapshotSchema).min(1),
});

export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;
export type IndicatorEntryData = z.infer<typeof indicatorEntrySchema>;
