import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indicatorEntrySchema, type IndicatorEntryData } from '../../../../src/lib/data/indicator-entry.ts';
import { parseSnapshot } from '../../../../src/lib/data/snapshot.ts';
import type * as Snapshot from '../../../../src/lib/data/snapshot.ts';
import { latestSnapshot, readObservations, snapshotBytes } from '../../../../src/lib/data/snapshot-reader.ts';
import { indicatorLoader, readIndicators } from '../../../../src/lib/data/loader.ts';
import { writeManifest, fingerprintSnapshots } from '../../../../src/lib/data/snapshot-files.ts';
import { addToManifest } from '../../../../src/lib/data/manifest.ts';
import { fixture, makeDataDir, removeDataDir } from '../../../fixtures/data/temp-data-dir.ts';

// readObservations checks a snapshot's area codes against the areas collection.
vi.mock('astro:content', () => import('../../../support/content.ts'));
// Counts parses, to show that a build parses each snapshot once.
vi.mock('../../../../src/lib/data/snapshot.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Snapshot>();
  return { ...original, parseSnapshot: vi.fn(original.parseSnapshot) };
});

let root: string;
let dataDir: string;
const snapshots = (): string => join(dataDir, 'indicators', 'mm13', 'snapshots');

beforeEach(async () => {
  dataDir = makeDataDir();
  root = dirname(dataDir);
  mkdirSync(snapshots());
  copyFileSync(fixture('formats', 'expected.csv'), join(snapshots(), '2025-03-03.csv'));
  writeFileSync(
    join(snapshots(), '2024-12-02.csv'),
    'area,period,value,numerator,denominator,status\n101,2024-01,48,6870,14295,ok\n',
  );
  await writeManifest(
    dataDir,
    addToManifest({ snapshots: {} }, await fingerprintSnapshots(dataDir)).manifest,
  );
});
afterEach(() => removeDataDir(dataDir));

function fakeContext(store: Map<string, unknown>): LoaderContext {
  return {
    collection: 'indicators',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => indicatorEntrySchema.parse(data),
    store: {
      clear: () => store.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => (store.set(id, data), true),
    },
  } as unknown as LoaderContext;
}

describe('indicatorLoader', () => {
  it('stores one entry per indicator with its snapshots oldest first', async () => {
    const store = new Map<string, unknown>();
    await indicatorLoader().load(fakeContext(store));
    const entry = store.get('mm13') as IndicatorEntryData;
    expect(entry.meta.title).toBe('Andel selvforsørgende flygtninge og familiesammenførte');
    expect(entry.snapshots.map((snapshot) => [snapshot.date, snapshot.file])).toEqual([
      ['2024-12-02', 'data/indicators/mm13/snapshots/2024-12-02.csv'],
      ['2025-03-03', 'data/indicators/mm13/snapshots/2025-03-03.csv'],
    ]);
  });

  it('stores only what finds and vouches for a snapshot: path, sha256, row count and periods', async () => {
    const [entry] = await readIndicators(dataDir, root);
    const [first] = entry!.snapshots;
    expect(Object.keys(first!).sort()).toEqual(['date', 'file', 'path', 'periods', 'rowCount', 'sha256']);
    expect(first).toMatchObject({
      rowCount: 1,
      periods: ['2024-01'],
      path: join(snapshots(), '2024-12-02.csv'),
    });
    expect(first!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the rows back through the reader, typed', async () => {
    const [entry] = await readIndicators(dataDir, root);
    const latest = await latestSnapshot(entry!);
    expect(latest.observations).toHaveLength(15);
    expect(latest.observations.filter((row) => row.area === '825').map((row) => row.status)).toEqual([
      'suppressed',
      'suppressed',
      'ok',
    ]);
    expect(await readObservations(entry!.meta, entry!.snapshots[0]!)).toEqual([
      { area: '101', period: '2024-01', value: 48, numerator: 6870, denominator: 14295, status: 'ok' },
    ]);
  });

  it('parses each snapshot once: the reader takes the rows the loader validated', async () => {
    // Rows are kept by the sha256 of the bytes for the whole process, so use bytes no other test has.
    writeFileSync(
      join(snapshots(), '2024-12-02.csv'),
      'area,period,value,numerator,denominator,status\n101,2024-01,48.25,6870,14295,ok\n',
    );
    await writeManifest(
      dataDir,
      addToManifest({ snapshots: {} }, await fingerprintSnapshots(dataDir)).manifest,
    );
    vi.mocked(parseSnapshot).mockClear();
    const [entry] = await readIndicators(dataDir, root);
    await Promise.all(entry!.snapshots.map((snapshot) => readObservations(entry!.meta, snapshot)));
    expect(vi.mocked(parseSnapshot)).toHaveBeenCalledTimes(entry!.snapshots.length);
  });

  it('hands out the bytes of a snapshot as validated, and refuses them once changed', async () => {
    const [entry] = await readIndicators(dataDir, root);
    const latest = entry!.snapshots[1]!;
    expect(Buffer.from(await snapshotBytes(latest)).equals(readFileSync(latest.path))).toBe(true);
    appendFileSync(latest.path, '101,2024-12,1,,,ok\n');
    await expect(snapshotBytes(latest)).rejects.toThrow(
      `data/indicators/mm13/snapshots/2025-03-03.csv: changed since the build validated it`,
    );
  });

  it('refuses to read a snapshot that changed after the loader validated it', async () => {
    const [entry] = await readIndicators(dataDir, root);
    appendFileSync(join(snapshots(), '2025-03-03.csv'), '101,2024-12,1,,,ok\n');
    await expect(readObservations(entry!.meta, entry!.snapshots[1]!)).rejects.toThrow(
      'changed since the build validated it',
    );
  });

  it('fails with every problem at once: bad rows, bad metadata and an edited snapshot', async () => {
    appendFileSync(join(snapshots(), '2025-03-03.csv'), '999,2024-01,1,,,ok\n');
    mkdirSync(join(dataDir, 'indicators', 'broken'));
    writeFileSync(join(dataDir, 'indicators', 'broken', 'indicator.json'), '{"id": "broken"}');
    const message = await readIndicators(dataDir, root).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    const lines = message.split('\n');
    expect(lines[0]).toBe(`${lines.length - 1} problem(s) in data:`);
    expect(lines[1]).toBe(
      "data/indicators/broken/indicator.json: field 'title': Invalid input: expected string, received undefined",
    );
    expect(
      lines.filter((line) => line.startsWith('data/indicators/broken/indicator.json: field ')),
    ).toHaveLength(9);
    expect(message).toContain('data/indicators/mm13/snapshots/2025-03-03.csv line 17: unknown area code');
    expect(message).toContain(
      'data/indicators/mm13/snapshots/2025-03-03.csv was changed after publication (16 rows, published with 15)',
    );
  });

  it('fails when a published snapshot was deleted', async () => {
    rmSync(join(snapshots(), '2024-12-02.csv'));
    await expect(readIndicators(dataDir, root)).rejects.toThrow(
      'data/indicators/mm13/snapshots/2024-12-02.csv is listed in snapshots.lock.json but is missing',
    );
  });

  it("checks snapshots against the data folder's own reference table", async () => {
    const kommuner = join(dataDir, 'reference', 'kommuner.csv');
    writeFileSync(kommuner, readFileSync(kommuner, 'utf8').replace(/^825,.*\n/m, ''));
    await expect(readIndicators(dataDir, root)).rejects.toThrow(
      /data\/indicators\/mm13\/snapshots\/2025-03-03\.csv line \d+: unknown area code '825'/,
    );
  });

  it('reads the project data', async () => {
    const entries = await readIndicators('data');
    expect(entries.map((entry) => entry.meta.id)).toEqual(['kvalificeret-arbejdskraft', 'mm13', 'mm17']);
    expect(entries.every((entry) => entry.snapshots.length === 3)).toBe(true);
  });
});
