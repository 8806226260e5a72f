import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  MANIFEST_FILE,
  countRows,
  parseManifest,
  serializeManifest,
  type Manifest,
  type SnapshotFingerprint,
} from './manifest.ts';

/** Snapshot files are `indicators/<id>/snapshots/<YYYY-MM-DD>.csv` inside the data folder. */
export const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}\.csv$/;

export function fingerprint(path: string, bytes: Uint8Array): SnapshotFingerprint {
  return {
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    rows: countRows(new TextDecoder().decode(bytes)),
  };
}

async function listDirectory(path: string): Promise<string[]> {
  return existsSync(path) ? (await readdir(path)).sort() : [];
}

/** Every snapshot CSV under `<dataDir>/indicators`, with path relative to dataDir. */
export async function listSnapshotFiles(dataDir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const id of await listDirectory(join(dataDir, 'indicators'))) {
    for (const name of await listDirectory(join(dataDir, 'indicators', id, 'snapshots'))) {
      if (name.endsWith('.csv')) paths.push(`indicators/${id}/snapshots/${name}`);
    }
  }
  return paths;
}

/** Fingerprints every snapshot, one file at a time so that memory holds one file, not all. */
export async function fingerprintSnapshots(dataDir: string): Promise<SnapshotFingerprint[]> {
  const fingerprints: SnapshotFingerprint[] = [];
  for (const path of await listSnapshotFiles(dataDir))
    fingerprints.push(fingerprint(path, await readFile(join(dataDir, path))));
  return fingerprints;
}

export async function readManifest(dataDir: string): Promise<Manifest> {
  const file = join(dataDir, MANIFEST_FILE);
  if (!existsSync(file)) return { snapshots: {} };
  return parseManifest(await readFile(file, 'utf8'), file);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { flag: 'wx' });
  await rename(temporary, path);
}

export async function writeManifest(dataDir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(join(dataDir, MANIFEST_FILE), serializeManifest(manifest));
}
