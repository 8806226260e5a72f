import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { indicatorMetaSchema, type IndicatorMeta } from './indicator-meta.ts';
import { SNAPSHOT_NAME } from './snapshot-files.ts';

/** Reads and validates `<dataDir>/indicators/<id>/indicator.json`; messages name the file and field. */
export async function readIndicatorMeta(dataDir: string, id: string): Promise<IndicatorMeta> {
  const file = join(dataDir, 'indicators', id, 'indicator.json');
  if (!existsSync(file))
    throw new Error(`${file} does not exist; describe the indicator there first (see data/README.md)`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON`, { cause: error });
  }
  const result = indicatorMetaSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      result.error.issues
        .map((issue) => `${file}: field '${issue.path.join('.') || '(root)'}': ${issue.message}`)
        .join('\n'),
    );
  }
  if (result.data.id !== id)
    throw new Error(`${file}: field 'id' is '${result.data.id}' but the folder is '${id}'`);
  return result.data;
}

/** Dates of an indicator's snapshots, oldest first. */
export async function listSnapshotDates(dataDir: string, id: string): Promise<string[]> {
  const folder = join(dataDir, 'indicators', id, 'snapshots');
  if (!existsSync(folder)) return [];
  return (await readdir(folder))
    .filter((name) => SNAPSHOT_NAME.test(name))
    .map((name) => name.slice(0, 10))
    .sort();
}

export function snapshotPath(dataDir: string, id: string, date: string): string {
  return join(dataDir, 'indicators', id, 'snapshots', `${date}.csv`);
}
