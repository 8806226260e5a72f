import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../../src/lib/data/import/cli.ts';
import { parseSnapshot } from '../../../../src/lib/data/snapshot.ts';
import { fixture, listTree, makeDataDir, removeDataDir } from '../../../fixtures/data/temp-data-dir.ts';
import { areaCodes } from '../../../support/area-table.ts';

/** Each bad file and the exact message the snapshot parser and/or the importer must give. */
const expected: Record<string, { snapshot?: string; import?: string }> = JSON.parse(
  readFileSync(fixture('bad', 'expected.json'), 'utf8'),
);
const files = readdirSync(fixture('bad'))
  .filter((name) => name !== 'expected.json')
  .sort();

describe('the corpus of bad inputs', () => {
  it('has at least 25 files, each with an expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(files);
  });
});

describe.each(files.filter((name) => expected[name]?.snapshot))('parseSnapshot on %s', (name) => {
  it('rejects it with the expected message', () => {
    const file = fixture('bad', name);
    expect(() => parseSnapshot(readFileSync(file, 'utf8'), { file, unit: 'pct', areaCodes })).toThrow(
      expected[name]!.snapshot,
    );
    try {
      parseSnapshot(readFileSync(file, 'utf8'), { file, unit: 'pct', areaCodes });
    } catch (error) {
      expect((error as Error).message).toBe(expected[name]!.snapshot);
    }
  });
});

describe.each(files.filter((name) => expected[name]?.import))('npm run import on %s', (name) => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));

  it('exits non-zero with the expected message and writes nothing', async () => {
    const before = listTree(dataDir);
    const errors: string[] = [];
    const code = await runImport(
      [fixture('bad', name), '--indicator', 'mm13', '--date', '2025-01-01', '--data-dir', dataDir],
      {
        stdout: () => {},
        stderr: (line) => errors.push(line),
      },
    );
    expect(code).toBe(1);
    expect(errors.filter((line) => !line.startsWith('  caused by: ')).join('\n')).toBe(
      expected[name]!.import,
    );
    expect(listTree(dataDir)).toEqual(before);
  });
});
