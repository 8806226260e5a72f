import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readAreaTable, type AreaTable } from '../areas.ts';
import { SnapshotError } from '../errors.ts';
import { toCanonicalCsv } from '../export.ts';
import type { IndicatorMeta } from '../indicator-meta.ts';
import { listSnapshotDates, readIndicatorMeta, snapshotPath } from '../indicator-files.ts';
import { MANIFEST_FILE, addToManifest } from '../manifest.ts';
import { diffSnapshots, type RevisionSummary } from '../revisions.ts';
import { parseSnapshot } from '../snapshot.ts';
import { fingerprint, readManifest, writeManifest } from '../snapshot-files.ts';
import type { Observation } from '../types.ts';
import { readTable } from './read-table.ts';
import { SourceError, type RawTable } from './sources.ts';
import { toObservations } from './to-observations.ts';

export interface ImportRequest {
  /** The data folder, normally "data". */
  dataDir: string;
  indicator: string;
  /** Snapshot date, YYYY-MM-DD: the file name of the new snapshot. */
  date: string;
  /** Where the bytes came from (a path or URL), for messages. */
  source: string;
  bytes: Uint8Array;
  /** The sheet to read when the source is an Excel workbook with data on several sheets. */
  sheet?: string | undefined;
}

export interface ImportReport {
  file: string;
  manifest: string;
  table: Pick<RawTable, 'format' | 'encoding' | 'sheet'>;
  observations: Observation[];
  previous: { date: string; summary: RevisionSummary } | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidDate(date: string): boolean {
  return DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

/** Reads the source into observations, or throws a SnapshotError with every problem and where it is. */
async function readObservations(
  request: ImportRequest,
  meta: IndicatorMeta,
  areas: AreaTable,
): Promise<{ table: RawTable; observations: Observation[] }> {
  let table: RawTable;
  try {
    table = await readTable(request.bytes, { sheet: request.sheet });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const where = error.where === null ? request.source : `${request.source} ${error.where}`;
    throw new SnapshotError(
      [`${where}: ${error.message}`],
      error.cause === undefined ? undefined : { cause: error.cause },
    );
  }
  const observations = toObservations(table, {
    file: request.source,
    unit: meta.unit,
    periodicity: meta.periodicity,
    areas,
  });
  return { table, observations };
}

/**
 * Validates a source completely, then writes it as a new canonical snapshot and adds it to the
 * manifest. Writes nothing when anything is wrong; never overwrites a snapshot.
 */
export async function importSnapshot(request: ImportRequest): Promise<ImportReport> {
  const { dataDir, indicator, date } = request;
  if (!isValidDate(date)) throw new Error(`--date '${date}' is not a date (YYYY-MM-DD)`);
  const meta = await readIndicatorMeta(dataDir, indicator);
  const target = snapshotPath(dataDir, indicator, date);
  if (existsSync(target))
    throw new Error(
      `${target} already exists; a published snapshot is never overwritten, so import with another --date`,
    );

  const areas = await readAreaTable(dataDir);
  const areaCodes = new Set(areas.byCode.keys());
  const { table, observations } = await readObservations(request, meta, areas);
  const csv = toCanonicalCsv(observations);
  parseSnapshot(csv, { file: target, unit: meta.unit, periodicity: meta.periodicity, areaCodes });

  const earlier = (await listSnapshotDates(dataDir, indicator)).filter((other) => other < date).at(-1);
  let previous: ImportReport['previous'] = null;
  if (earlier) {
    const file = snapshotPath(dataDir, indicator, earlier);
    const older = parseSnapshot(await readFile(file, 'utf8'), {
      file,
      unit: meta.unit,
      periodicity: meta.periodicity,
      areaCodes,
    });
    previous = { date: earlier, summary: diffSnapshots(older, observations).summary };
  }
  const manifest = await readManifest(dataDir);

  const bytes = new TextEncoder().encode(csv);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { flag: 'wx' });
  try {
    // link() refuses to replace an existing file, unlike rename().
    await link(temporary, target);
  } finally {
    await unlink(temporary);
  }
  const key = relative(dataDir, target).split('\\').join('/');
  await writeManifest(dataDir, addToManifest(manifest, [fingerprint(key, bytes)]).manifest);
  return {
    file: target,
    manifest: join(dataDir, MANIFEST_FILE),
    table: {
      format: table.format,
      encoding: table.encoding,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    },
    observations,
    previous,
  };
}
