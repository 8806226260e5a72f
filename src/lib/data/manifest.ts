import { z } from 'astro/zod';

export const MANIFEST_FILE = 'snapshots.lock.json';
export const MANIFEST_RULE = 'A published snapshot is never changed; new data means a new file.';

const manifestSchema = z.object({
  /** Why the file exists; kept so a reader of the JSON learns the rule. */
  $comment: z.string().optional(),
  /** Snapshot path relative to the data folder → its fingerprint. */
  snapshots: z.record(
    z.string(),
    z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), rows: z.int().min(0) }).strict(),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['snapshots'][string];

/** A snapshot file as found on disk. */
export interface SnapshotFingerprint extends ManifestEntry {
  /** Path relative to the data folder, with forward slashes: "indicators/mm13/snapshots/2024-09-02.csv". */
  path: string;
}

export interface ManifestProblem {
  kind: 'edited' | 'deleted' | 'unlisted';
  path: string;
  message: string;
}

/** Number of data rows in a snapshot's text (lines after the header, ignoring the final newline). */
export function countRows(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  if (text.length > 0 && !text.endsWith('\n')) lines += 1;
  return Math.max(0, lines - 1);
}

export function parseManifest(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON`, { cause: error });
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file}: ${issues.join('; ')}`);
  }
  return result.data;
}

export function serializeManifest(manifest: Manifest): string {
  const snapshots = Object.fromEntries(
    Object.entries(manifest.snapshots).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return `${JSON.stringify({ $comment: `${MANIFEST_RULE} Add new files with: npm run check:snapshots -- --update`, snapshots }, null, 2)}\n`;
}

/** Compares the manifest with the files on disk; `label` turns a manifest path into the path people see. */
export function checkManifest(
  manifest: Manifest,
  files: readonly SnapshotFingerprint[],
  label: (path: string) => string = (path) => `data/${path}`,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const onDisk = new Map(files.map((file) => [file.path, file]));
  for (const [path, listed] of Object.entries(manifest.snapshots)) {
    const found = onDisk.get(path);
    if (!found) {
      problems.push({
        kind: 'deleted',
        path,
        message: `${label(path)} is listed in ${MANIFEST_FILE} but is missing. ${MANIFEST_RULE} Restore it from git.`,
      });
    } else if (found.sha256 !== listed.sha256 || found.rows !== listed.rows) {
      const rows = found.rows === listed.rows ? '' : ` (${found.rows} rows, published with ${listed.rows})`;
      problems.push({
        kind: 'edited',
        path,
        message: `${label(path)} was changed after publication${rows}. ${MANIFEST_RULE} Restore it from git and import the new figures as a new snapshot.`,
      });
    }
  }
  for (const file of files) {
    if (!(file.path in manifest.snapshots)) {
      problems.push({
        kind: 'unlisted',
        path: file.path,
        message: `${label(file.path)} is not in ${MANIFEST_FILE}. If it is a new snapshot, add it with: npm run check:snapshots -- --update`,
      });
    }
  }
  return problems;
}

/** Adds files that are not yet listed; an existing entry is never rewritten. */
export function addToManifest(
  manifest: Manifest,
  files: readonly SnapshotFingerprint[],
): { manifest: Manifest; added: string[] } {
  const snapshots = { ...manifest.snapshots };
  const added: string[] = [];
  for (const file of files) {
    if (file.path in snapshots) continue;
    snapshots[file.path] = { sha256: file.sha256, rows: file.rows };
    added.push(file.path);
  }
  return { manifest: { snapshots }, added };
}
