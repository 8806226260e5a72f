import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/lib/data/import/cli.ts';
import { readManifest } from '../../../src/lib/data/snapshot-files.ts';
import { fixture, listTree, makeDataDir, removeDataDir } from '../../fixtures/data/temp-data-dir.ts';

let dataDir: string;
let out: string[];
let err: string[];
const io = {
  stdout: (line: string) => out.push(line),
  stderr: (line: string) => err.push(line),
  today: () => '2025-03-03',
};
const run = (...args: string[]): Promise<number> => runImport([...args, '--data-dir', dataDir], io);
const snapshot = (date: string): string => join(dataDir, 'indicators', 'mm13', 'snapshots', `${date}.csv`);

beforeEach(() => {
  dataDir = makeDataDir();
  out = [];
  err = [];
});
afterEach(() => removeDataDir(dataDir));

describe('npm run import', () => {
  it.each(['api-v2.json', 'api-v3.json', 'spreadsheet.csv', 'spreadsheet.xlsx'])(
    'writes %s as the same canonical snapshot',
    async (name) => {
      expect(await run(fixture('formats', name), '--indicator', 'mm13', '--date', '2024-12-02')).toBe(0);
      expect(readFileSync(snapshot('2024-12-02'), 'utf8')).toBe(
        readFileSync(fixture('formats', 'expected.csv'), 'utf8'),
      );
    },
  );

  it('names the snapshot after today when no date is given, and adds it to the manifest', async () => {
    expect(await run(fixture('formats', 'api-v3.json'), '--indicator', 'mm13')).toBe(0);
    const manifest = await readManifest(dataDir);
    expect(manifest.snapshots['indicators/mm13/snapshots/2025-03-03.csv']).toMatchObject({ rows: 15 });
  });

  it('prints rows, areas, periods and suppressed values', async () => {
    await run(fixture('formats', 'api-v2.json'), '--indicator', 'mm13', '--date', '2024-12-02');
    expect(out.slice(1, 5)).toEqual([
      '  rows: 15, areas: 5',
      '  periods: 2024-01 – 2024-03 (3)',
      '  suppressed: 2, missing: 0',
      '  first snapshot of this indicator',
    ]);
  });

  it('names the sheet it read from a workbook, and reads the sheet asked for', async () => {
    expect(
      await run(
        fixture('formats', 'whole-country.xlsx'),
        '--indicator',
        'mm13',
        '--date',
        '2024-12-02',
        '--sheet',
        'Danmark',
      ),
    ).toBe(0);
    expect(out[0]).toBe(`Wrote ${snapshot('2024-12-02')} from Excel workbook (.xlsx) (sheet 'Danmark')`);
    expect(readFileSync(snapshot('2024-12-02'), 'utf8')).toBe(
      'area,period,value,numerator,denominator,status\n000,2024-01,47.3,,,ok\n',
    );
  });

  it('counts revisions against the previous snapshot', async () => {
    await run(fixture('formats', 'api-v2.json'), '--indicator', 'mm13', '--date', '2024-12-02');
    const revised = readFileSync(fixture('formats', 'api-v3.json'), 'utf8').replace('48.6', '48.9');
    const source = join(dataDir, '..', 'revised.json');
    writeFileSync(source, revised);
    out = [];
    expect(await run(source, '--indicator', 'mm13', '--date', '2025-03-03')).toBe(0);
    expect(out).toContain(
      '  against 2024-12-02: 1 values revised, 0 statuses changed, 0 rows added, 0 removed, revised periods 2024-03 – 2024-03',
    );
  });

  it('never overwrites a snapshot', async () => {
    await run(fixture('formats', 'api-v2.json'), '--indicator', 'mm13', '--date', '2024-12-02');
    const before = listTree(dataDir);
    expect(await run(fixture('formats', 'api-v3.json'), '--indicator', 'mm13', '--date', '2024-12-02')).toBe(
      1,
    );
    expect(err[0]).toBe(
      `${snapshot('2024-12-02')} already exists; a published snapshot is never overwritten, so import with another --date`,
    );
    expect(listTree(dataDir)).toEqual(before);
  });

  it('refuses an unknown indicator, a bad date and missing arguments', async () => {
    expect(await run(fixture('formats', 'api-v2.json'), '--indicator', 'nope')).toBe(1);
    expect(err.pop()).toBe(
      `${join(dataDir, 'indicators', 'nope', 'indicator.json')} does not exist; describe the indicator there first (see data/README.md)`,
    );
    expect(await run(fixture('formats', 'api-v2.json'), '--indicator', 'mm13', '--date', '2024-02-30')).toBe(
      1,
    );
    expect(err.pop()).toBe("--date '2024-02-30' is not a date (YYYY-MM-DD)");
    expect(await run('--indicator', 'mm13')).toBe(2);
    expect(err.pop()).toMatch(/^usage: npm run import/);
  });

  it("checks areas against the --data-dir's own reference table", async () => {
    const kommuner = join(dataDir, 'reference', 'kommuner.csv');
    writeFileSync(kommuner, readFileSync(kommuner, 'utf8').replace(/^825,.*\n/m, ''));
    const before = listTree(dataDir);
    expect(await run(fixture('formats', 'api-v2.json'), '--indicator', 'mm13', '--date', '2024-12-02')).toBe(
      1,
    );
    expect(err.join('\n')).toMatch(/api-v2.json row 13: unknown area 'Læsø'/);
    expect(listTree(dataDir)).toEqual(before);
  });
});
