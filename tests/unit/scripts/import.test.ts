import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/lib/data/import/cli.ts';
import { readManifest } from '../../../src/lib/data/snapshot-files.ts';
import {
  copyProjectData,
  fixture,
  listTree,
  makeDataDir,
  removeDataDir,
} from '../../fixtures/data/temp-data-dir.ts';

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

/** codes-and-names.csv (UTF-8) saved the ways Danish spreadsheets save text. */
const codesAndNames = readFileSync(fixture('formats', 'codes-and-names.csv'), 'utf8');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const encodings: Array<[string, string, Buffer]> = [
  ['CSV UTF-8 without BOM', 'utf-8', Buffer.from(codesAndNames)],
  ['CSV UTF-8 with BOM', 'utf-8', Buffer.from(`\ufeff${codesAndNames}`)],
  // ISO-8859-1 and Windows-1252 share the bytes of every Danish letter.
  ['CSV in Windows-1252 or ISO-8859-1', 'windows-1252', Buffer.from(codesAndNames, 'latin1')],
  [
    'Unicode text: UTF-16 LE with BOM, tabs',
    'utf-16le',
    Buffer.from(`\ufeff${codesAndNames.replaceAll(';', '\t')}`, 'utf16le'),
  ],
  ['UTF-16 BE with BOM', 'utf-16be', utf16be(`\ufeff${codesAndNames}`)],
];

describe('npm run import of an export with an area code and an area name column', () => {
  it.each(encodings)(
    'reads it saved as %s, the blank-coded country row by its name',
    async (_, encoding, bytes) => {
      const source = join(dataDir, '..', 'export.csv');
      writeFileSync(source, bytes);
      expect(await run(source, '--indicator', 'mm13', '--date', '2024-12-02')).toBe(0);
      expect(out[0]).toBe(`Wrote ${snapshot('2024-12-02')} from CSV (${encoding})`);
      expect(readFileSync(snapshot('2024-12-02'), 'utf8')).toBe(
        readFileSync(fixture('formats', 'expected.csv'), 'utf8'),
      );
    },
  );
});

describe('a refused import', () => {
  let projectData: string;
  beforeEach(() => {
    projectData = copyProjectData();
  });
  afterEach(() => removeDataDir(projectData));

  it('leaves every byte of a data folder with published snapshots as it was', async () => {
    const before = listTree(projectData);
    const args = ['--indicator', 'mm13', '--date', '2099-01-01', '--data-dir', projectData];
    expect(await runImport([fixture('bad', 'area-code-name-disagree.csv'), ...args], io)).toBe(1);
    expect(await runImport([fixture('bad', 'utf-16-without-bom.csv'), ...args], io)).toBe(1);
    expect(listTree(projectData)).toEqual(before);
  });
});
