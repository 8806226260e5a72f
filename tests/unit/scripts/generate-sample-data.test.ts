import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffSnapshots } from '../../../src/lib/data/revisions.ts';
import { readIndicators } from '../../../src/lib/data/loader.ts';
import type { IndicatorEntryData } from '../../../src/lib/data/indicator-entry.ts';
import { snapshotsOf } from '../../../src/lib/data/snapshot-reader.ts';
import { listTree, removeDataDir } from '../../fixtures/data/temp-data-dir.ts';
import { writeSampleData } from '../../../scripts/lib/sample-data/write.ts';
import { areaTable } from '../../support/area-table.ts';

// snapshotsOf checks each snapshot's area codes against the areas collection.
vi.mock('astro:content', () => import('../../support/content.ts'));

const first = join(mkdtempSync(join(tmpdir(), 'sample-')), 'data');
const second = join(mkdtempSync(join(tmpdir(), 'sample-')), 'data');
let entries: IndicatorEntryData[];
const regions = areaTable.all.filter((area) => area.kind === 'region');
const municipalities = areaTable.all.filter((area) => area.kind === 'municipality');

beforeAll(async () => {
  // A data folder brings its own reference table; the sample covers the areas it lists.
  for (const dataDir of [first, second])
    cpSync('data/reference', join(dataDir, 'reference'), { recursive: true });
  await writeSampleData(first);
  await writeSampleData(second);
  entries = await readIndicators(first);
});
afterAll(() => {
  removeDataDir(first);
  removeDataDir(second);
});

const contents = (dataDir: string): string[] =>
  listTree(dataDir)
    .map((line) => line.split(' ')[0]!)
    .map((path) => `${path}\n${readFileSync(join(dataDir, path), 'utf8')}`);
const entry = (id: string): IndicatorEntryData => entries.find((candidate) => candidate.meta.id === id)!;

describe('generate-sample-data', () => {
  it('writes byte-identical files on every run', () => {
    expect(contents(second)).toEqual(contents(first));
  });

  it('changes nothing when run again', async () => {
    expect(await writeSampleData(first)).toEqual([]);
  });

  it('matches the committed sample data', () => {
    const generated = (file: string): boolean =>
      file.startsWith('indicators/') || file.startsWith('snapshots.lock.json');
    expect(contents(first).filter(generated)).toEqual(contents('data').filter(generated));
  });

  it('writes three valid, labelled sample indicators with three snapshots each', () => {
    expect(entries.map((candidate) => candidate.meta.id)).toEqual([
      'kvalificeret-arbejdskraft',
      'mm13',
      'mm17',
    ]);
    for (const candidate of entries) {
      expect(candidate.meta).toMatchObject({
        sample: true,
        unit: 'pct',
        periodicity: 'month',
      });
      expect(candidate.snapshots.map((snapshot) => snapshot.date)).toEqual([
        '2024-09-02',
        '2024-12-02',
        '2025-03-03',
      ]);
    }
    expect(entry('kvalificeret-arbejdskraft').meta.definition).toMatch(
      /modelleret efter MM10.*2021–2024, er ikke dokumenteret her/,
    );
  });

  it('covers every area from January 2019 to the snapshot’s last month', async () => {
    const [september, , march] = await snapshotsOf(entry('mm13'));
    const periods = new Set(march!.observations.map((row) => row.period));
    expect(periods.size).toBe(72);
    expect([...periods].at(-1)).toBe('2024-12');
    expect(september!.observations.at(-1)?.period).toBe('2024-07');
    expect(new Set(march!.observations.map((row) => row.area)).size).toBe(
      1 + regions.length + municipalities.length,
    );
  });

  it('keeps levels plausible for each indicator', async () => {
    const national = async (id: string): Promise<number[]> =>
      (await snapshotsOf(entry(id)))
        .at(-1)!
        .observations.filter((row) => row.area === '000')
        .map((row) => row.value!);
    expect(Math.min(...(await national('mm13')))).toBeGreaterThan(35);
    expect(Math.max(...(await national('mm13')))).toBeLessThan(55);
    expect(Math.min(...(await national('mm17')))).toBeGreaterThan(1);
    expect(Math.max(...(await national('mm17')))).toBeLessThan(6);
    expect(Math.min(...(await national('kvalificeret-arbejdskraft')))).toBeGreaterThan(15);
    expect(Math.max(...(await national('kvalificeret-arbejdskraft')))).toBeLessThan(40);
  });

  it('adds up regions and the country from their municipalities', async () => {
    const rows = (await snapshotsOf(entry('mm17')))
      .at(-1)!
      .observations.filter((row) => row.period === '2024-06');
    const sum = (codes: string[], key: 'numerator' | 'denominator'): number =>
      rows
        .filter((row) => codes.includes(row.area))
        .reduce((total, row) => total + (row.status === 'ok' ? row[key]! : 0), 0);
    const nordjylland = rows.find((row) => row.area === '1081')!;
    const members = municipalities.filter((area) => area.regionCode === '1081').map((area) => area.code);
    expect(nordjylland.denominator).toBeGreaterThanOrEqual(sum(members, 'denominator'));
    const country = rows.find((row) => row.area === '000')!;
    expect(country.numerator).toBe(
      regions.reduce((total, region) => total + rows.find((row) => row.area === region.code)!.numerator!, 0),
    );
  });

  it('suppresses small municipalities instead of showing 0', async () => {
    const rows = (await snapshotsOf(entry('mm17'))).at(-1)!.observations;
    const suppressedAreas = new Set(rows.filter((row) => row.status === 'suppressed').map((row) => row.area));
    expect(suppressedAreas.has('825')).toBe(true);
    expect([...suppressedAreas].every((code) => ['825', '741', '563', '492'].includes(code))).toBe(true);
    expect(rows.some((row) => row.numerator === 0)).toBe(false);
  });

  it('revises only the last six months of the previous snapshot', async () => {
    const [september, december] = await snapshotsOf(entry('mm13'));
    const { summary } = diffSnapshots(september!.observations, december!.observations);
    expect(summary.changed).toBeGreaterThan(100);
    expect(summary.firstRevisedPeriod).toBe('2024-02');
    expect(summary.lastRevisedPeriod).toBe('2024-07');
    expect(summary.removed).toBe(0);
  });
});
