import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { expand, keepValidatedRows, validatedRows, type CompactRows } from './compact-rows.ts';
import type { IndicatorMeta } from './indicator-meta.ts';
import type { IndicatorEntryData, StoredSnapshot } from './indicator-entry.ts';
import { parseSnapshot } from './snapshot.ts';
import type { Observation, Snapshot } from './types.ts';

const parsed = new Map<string, Promise<CompactRows>>();
/** Expanded rows of the snapshots read last: pages of one indicator follow each other. */
const expanded = new Map<string, Observation[]>();
const EXPANDED_KEPT = 6;

let areaCodes: Promise<ReadonlySet<string>> | undefined;
const knownAreaCodes = (): Promise<ReadonlySet<string>> =>
  (areaCodes ??= getCollection('areas').then((areas) => new Set(areas.map((area) => area.data.code))));

/** The bytes of a stored snapshot, refused when they differ from those the loader validated. */
export async function snapshotBytes(snapshot: StoredSnapshot): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readFile(snapshot.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== snapshot.sha256)
    throw new Error(
      `${snapshot.file}: changed since the build validated it (sha256 ${sha256}, was ${snapshot.sha256})`,
    );
  return bytes;
}

async function readCompact(meta: IndicatorMeta, snapshot: StoredSnapshot): Promise<CompactRows> {
  const bytes = await snapshotBytes(snapshot);
  const kept = validatedRows(snapshot.sha256);
  if (kept) return kept;
  // Only when the loader ran in another process, as in unit tests of the reader alone.
  const text = new TextDecoder().decode(bytes);
  const options = { file: snapshot.file, unit: meta.unit, periodicity: meta.periodicity };
  const observations = parseSnapshot(text, { ...options, areaCodes: await knownAreaCodes() });
  return keepValidatedRows(snapshot.sha256, observations);
}

/**
 * The rows of a snapshot the indicator loader validated and stored by path and sha256. Each
 * file is parsed once per build, by the loader, and kept compact; the rows of the last few are
 * kept as objects.
 */
export async function readObservations(
  meta: IndicatorMeta,
  snapshot: StoredSnapshot,
): Promise<Observation[]> {
  const cached = expanded.get(snapshot.path);
  if (cached) {
    expanded.delete(snapshot.path);
    expanded.set(snapshot.path, cached);
    return cached;
  }
  let rows = parsed.get(snapshot.path);
  if (!rows) parsed.set(snapshot.path, (rows = readCompact(meta, snapshot)));
  const observations = expand(await rows);
  expanded.set(snapshot.path, observations);
  if (expanded.size > EXPANDED_KEPT) expanded.delete(expanded.keys().next().value!);
  return observations;
}

/** One stored snapshot with its rows. */
export async function snapshotOf(entry: IndicatorEntryData, stored: StoredSnapshot): Promise<Snapshot> {
  return { date: stored.date, file: stored.file, observations: await readObservations(entry.meta, stored) };
}

/** Every snapshot of an indicator with its observations, oldest first. */
export function snapshotsOf(entry: IndicatorEntryData): Promise<Snapshot[]> {
  return Promise.all(entry.snapshots.map((stored) => snapshotOf(entry, stored)));
}

/** The newest snapshot of an indicator. */
export function latestSnapshot(entry: IndicatorEntryData): Promise<Snapshot> {
  return snapshotOf(entry, entry.snapshots.at(-1)!);
}
