import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readAreaTable } from './areas.ts';
import { keepValidatedRows } from './compact-rows.ts';
import { SnapshotError } from './errors.ts';
import { listSnapshotDates, readIndicatorMeta, snapshotPath } from './indicator-files.ts';
import { indicatorEntrySchema, type IndicatorEntryData } from './indicator-entry.ts';
import { checkManifest } from './manifest.ts';
import { parseSnapshot } from './snapshot.ts';
import { periodsOf } from './period.ts';
import { SNAPSHOT_NAME, fingerprint, fingerprintSnapshots, readManifest } from './snapshot-files.ts';

export { indicatorEntrySchema } from './indicator-entry.ts';

const messagesOf = (error: unknown): string[] =>
  error instanceof SnapshotError
    ? [...error.problems]
    : (error instanceof Error ? error.message : String(error)).split('\n');

/** Reads one indicator folder; returns its entry, or null after recording every problem. */
async function readIndicator(
  dataDir: string,
  id: string,
  areaCodes: ReadonlySet<string>,
  shown: (path: string) => string,
  problems: string[],
): Promise<IndicatorEntryData | null> {
  let meta;
  try {
    meta = await readIndicatorMeta(dataDir, id);
  } catch (error) {
    problems.push(...messagesOf(error).map((message) => message.replaceAll(dataDir, shown(dataDir))));
    return null;
  }
  const folder = join(dataDir, 'indicators', id, 'snapshots');
  const strays = existsSync(folder)
    ? (await readdir(folder)).filter((name) => !SNAPSHOT_NAME.test(name))
    : [];
  for (const name of strays)
    problems.push(`${shown(join(folder, name))}: snapshot files are named YYYY-MM-DD.csv`);
  const snapshots = [];
  for (const date of await listSnapshotDates(dataDir, id)) {
    const path = resolve(snapshotPath(dataDir, id, date));
    const file = shown(path);
    try {
      const bytes = await readFile(path);
      const observations = parseSnapshot(new TextDecoder().decode(bytes), {
        file,
        unit: meta.unit,
        periodicity: meta.periodicity,
        areaCodes,
      });
      // The store keeps only what pages need to find and trust the file; the rows wait for the reader.
      const { sha256 } = fingerprint(file, bytes);
      keepValidatedRows(sha256, observations);
      snapshots.push({
        date,
        file,
        path,
        sha256,
        rowCount: observations.length,
        periods: periodsOf(observations),
      });
    } catch (error) {
      problems.push(...messagesOf(error));
    }
  }
  if (snapshots.length === 0 && strays.length === 0)
    problems.push(`${shown(folder)}: the indicator has no snapshots`);
  return { meta, snapshots };
}

/**
 * Reads and validates every indicator under `<dataDir>/indicators` and checks the snapshot
 * manifest. Throws one Error listing every problem; `root` makes paths in messages relative.
 */
export async function readIndicators(
  dataDir: string,
  root: string = process.cwd(),
): Promise<IndicatorEntryData[]> {
  const shown = (path: string): string => relative(root, path) || '.';
  const problems: string[] = [];
  const entries: IndicatorEntryData[] = [];
  const indicatorsDir = join(dataDir, 'indicators');
  const ids = existsSync(indicatorsDir)
    ? (await readdir(indicatorsDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  // Snapshots are checked against the data folder's own reference table, not the repo's.
  const areaCodes = new Set((await readAreaTable(dataDir)).byCode.keys());
  for (const id of ids) {
    const entry = await readIndicator(dataDir, id, areaCodes, shown, problems);
    if (entry) entries.push(entry);
  }
  try {
    const manifestProblems = checkManifest(
      await readManifest(dataDir),
      await fingerprintSnapshots(dataDir),
      (path) => shown(join(dataDir, path)),
    );
    problems.push(...manifestProblems.map((problem) => problem.message));
  } catch (error) {
    problems.push(...messagesOf(error));
  }
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem(s) in ${shown(dataDir)}:\n${problems.join('\n')}`);
  }
  return entries;
}

export interface IndicatorLoaderOptions {
  /** The data folder, relative to the project root: `indicators/`, `reference/` and the manifest. */
  dataDir?: string;
}

/** Astro content loader: one entry per indicator, { meta, snapshots: [{ date, file, rows }] }. */
export function indicatorLoader({ dataDir = 'data' }: IndicatorLoaderOptions = {}): Loader {
  return {
    name: 'indicator-loader',
    schema: indicatorEntrySchema,
    load: async ({ store, parseData, config, logger }) => {
      const root = fileURLToPath(config.root);
      const entries = await readIndicators(resolve(root, dataDir), root);
      store.clear();
      for (const entry of entries) {
        const id = entry.meta.id;
        store.set({ id, data: await parseData({ id, data: entry }) });
      }
      logger.info(
        `${entries.length} indicators, ${entries.reduce((sum, entry) => sum + entry.snapshots.length, 0)} snapshots`,
      );
    },
  };
}
