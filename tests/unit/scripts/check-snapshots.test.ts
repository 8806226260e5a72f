import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, makeDataDir, removeDataDir } from '../../fixtures/data/temp-data-dir.ts';

const exec = promisify(execFile);
let dataDir: string;
const snapshots = (): string => join(dataDir, 'indicators', 'mm13', 'snapshots');

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      'scripts/check-snapshots.ts',
      '--data-dir',
      dataDir,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

beforeEach(() => {
  dataDir = makeDataDir();
  mkdirSync(snapshots());
  copyFileSync(fixture('formats', 'expected.csv'), join(snapshots(), '2024-12-02.csv'));
});
afterEach(() => removeDataDir(dataDir));

describe('npm run check:snapshots', () => {
  it('says how to add a snapshot the manifest does not list, and --update adds it', async () => {
    const unlisted = await check();
    expect(unlisted.code).toBe(1);
    expect(unlisted.stderr).toContain(
      `${dataDir}/indicators/mm13/snapshots/2024-12-02.csv is not in snapshots.lock.json. If it is a new snapshot, add it with: npm run check:snapshots -- --update`,
    );
    const update = await check('--update');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(
      `added ${dataDir}/indicators/mm13/snapshots/2024-12-02.csv to snapshots.lock.json`,
    );
    expect((await check()).code).toBe(0);
  });

  it('fails when a listed snapshot was edited, and --update does not paper over it', async () => {
    await check('--update');
    const manifest = readFileSync(join(dataDir, 'snapshots.lock.json'), 'utf8');
    appendFileSync(join(snapshots(), '2024-12-02.csv'), '147,2024-01,1,,,ok\n');
    const edited = await check('--update');
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(
      '2024-12-02.csv was changed after publication (16 rows, published with 15)',
    );
    expect(readFileSync(join(dataDir, 'snapshots.lock.json'), 'utf8')).toBe(manifest);
  });
});
