import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import type { IndicatorMeta } from './indicator-meta.ts';
import type { IndicatorEntryData, StoredSnapshot } from './indicator-entry.ts';
import { parseSnapshot } from './snapshot.ts';
import type { Observation, ObservationStatus, Snapshot } from './types.ts';

/** A snapshot's rows column by column, areas and periods as indices: about 30 bytes a row. */
interface CompactRows {
  areas: string[];
  periods: string[];
  area: Uint16Array;
  period: Uint16Array;
  /** NaN stands for null. */
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  status: Uint8Array;
}

const STATUSES: readonly ObservationStatus[] = ['ok', 'suppressed', 'missing'];

function compact(observations: readonly Observation[]): CompactRows {
  const n = observations.length;
  const rows: CompactRows = {
    areas: [],
    periods: [],
    area: new Uint16Array(n),
    period: new Uint16Array(n),
    value: new Float64Array(n),
    numerator: new Float64Array(n),
    denominator: new Float64Array(n),
    status: new Uint8Array(n),
  };
  const slot = (list: string[], index: Map<string, number>, key: string): number => {
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = list.push(key) - 1));
    return at;
  };
  const areaIndex = new Map<string, number>();
  const periodIndex = new Map<string, number>();
  observations.forEach((row, i) => {
    rows.area[i] = slot(rows.areas, areaIndex, row.area);
    rows.period[i] = slot(rows.periods, periodIndex, row.period);
    rows.value[i] = row.value ?? NaN;
    rows.numerator[i] = row.numerator ?? NaN;
    rows.denominator[i] = row.denominator ?? NaN;
    rows.status[i] = STATUSES.indexOf(row.status);
  });
  return rows;
}

const orNull = (n: number): number | null => (Number.isNaN(n) ? null : n);

function expand(rows: CompactRows): Observation[] {
  return Array.from(rows.area, (area, i) => ({
    area: rows.areas[area]!,
    period: rows.periods[rows.period[i]!]!,
    value: orNull(rows.value[i]!),
    numerator: orNull(rows.numerator[i]!),
    denominator: orNull(rows.denominator[i]!),
    status: STATUSES[rows.status[i]!]!,
  }));
}

const parsed = new Map<string, Promise<CompactRows>>();
/** Expanded rows of the snapshots read last: pages of one indicator follow each other. */
const expanded = new Map<string, Observation[]>();
const EXPANDED_KEPT = 6;

let areaCodes: Promise<ReadonlySet<string>> | undefined;
const knownAreaCodes = (): Promise<ReadonlySet<string>> =>
  (areaCodes ??= getCollection('areas').then((areas) => new Set(areas.map((area) => area.data.code))));

async function readCompact(meta: IndicatorMeta, snapshot: StoredSnapshot): Promise<CompactRows> {
  const bytes = await readFile(snapshot.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== snapshot.sha256)
    throw new Error(
      `${snapshot.file}: changed since the build validated it (sha256 ${sha256}, was ${snapshot.sha256})`,
    );
  const text = new TextDecoder().decode(bytes);
  const options = { file: snapshot.file, unit: meta.unit, periodicity: meta.periodicity };
  return compact(parseSnapshot(text, { ...options, areaCodes: await knownAreaCodes() }));
}

/**
 * The rows of a snapshot the indicator loader validated and stored by path and sha256. Each
 * file is parsed at most once per build and kept compact; the rows of the last few are kept
 * as objects.
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
