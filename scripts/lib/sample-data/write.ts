import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readAreaTable } from '../../../src/lib/data/areas.ts';
import { toCanonicalCsv } from '../../../src/lib/data/export.ts';
import { addToManifest, type SnapshotFingerprint } from '../../../src/lib/data/manifest.ts';
import { fingerprint, readManifest, writeManifest } from '../../../src/lib/data/snapshot-files.ts';
import { sampleSnapshots } from './generate.ts';
import { SAMPLE_MODELS } from './indicators.ts';

export interface WriteSampleOptions {
  /** Replace sample files that differ (only before the sample data is published). */
  force?: boolean;
}

/** Writes the sample indicators for the areas of `dataDir`'s reference table and lists their snapshots in the manifest. */
export async function writeSampleData(dataDir: string, options: WriteSampleOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const fingerprints: SnapshotFingerprint[] = [];
  const put = async (path: string, content: string): Promise<void> => {
    const file = join(dataDir, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
    if (existsSync(file) && !options.force) {
      throw new Error(
        `${file} exists with other content; a published file is never changed (use --force only for unpublished sample data)`,
      );
    }
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, content);
    written.push(file);
  };
  const areas = await readAreaTable(dataDir);
  for (const model of SAMPLE_MODELS) {
    const folder = `indicators/${model.meta.id}`;
    await put(`${folder}/indicator.json`, `${JSON.stringify(model.meta, null, 2)}\n`);
    for (const { date, observations } of sampleSnapshots(model, areas)) {
      const path = `${folder}/snapshots/${date}.csv`;
      const csv = toCanonicalCsv(observations);
      await put(path, csv);
      fingerprints.push(fingerprint(path, new TextEncoder().encode(csv)));
    }
  }
  let manifest = await readManifest(dataDir);
  if (options.force) {
    const snapshots = { ...manifest.snapshots };
    for (const { path } of fingerprints) delete snapshots[path];
    manifest = { snapshots };
  }
  await writeManifest(dataDir, addToManifest(manifest, fingerprints).manifest);
  return written;
}
