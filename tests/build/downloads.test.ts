/**
 * The data downloads in the built site: each snapshot as canonical CSV and as Danish Excel CSV,
 * a JSON file per indicator, the data package and the picker's chart JSON. Every figure must
 * trace back to a published snapshot file, and the Excel CSV must read back through the
 * importer to the same observations.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../src/lib/charts/chart-data.ts';
import { readSource } from '../../src/lib/data/import/sources.ts';
import { toObservations } from '../../src/lib/data/import/to-observations.ts';
import { indicatorMetaSchema, type IndicatorMeta } from '../../src/lib/data/indicator-meta.ts';
import { parseSnapshot } from '../../src/lib/data/snapshot.ts';
import type { Observation } from '../../src/lib/data/types.ts';
import { decodeEntities } from '../support/html.ts';
import { distDir, readBuilt } from '../support/site.ts';
import { areaCodes, areaTable } from '../support/area-table.ts';
import { indicatorPath, snapshotCsvPath, snapshotExcelCsvPath, snapshotPath } from '../../src/lib/paths.ts';

interface Published {
  id: string;
  date: string;
  /** The snapshot file in data/, as the manifest lists it. */
  source: string;
  meta: IndicatorMeta;
}

const manifest = JSON.parse(readFileSync('data/snapshots.lock.json', 'utf8')) as {
  snapshots: Record<string, unknown>;
};
const published: Published[] = Object.keys(manifest.snapshots).map((path) => {
  const [, id = '', , file = ''] = path.split('/');
  const meta = indicatorMetaSchema.parse(
    JSON.parse(readFileSync(`data/indicators/${id}/indicator.json`, 'utf8')),
  );
  return { id, date: file.replace(/\.csv$/, ''), source: `data/${path}`, meta };
});
const indicatorIds = [...new Set(published.map((p) => p.id))];
const latestOf = (id: string): Published =>
  published
    .filter((p) => p.id === id)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1)!;

const built = (path: string): string => readFileSync(join(distDir(), path), 'utf8');
const byAreaAndPeriod = (rows: readonly Observation[]): Observation[] =>
  [...rows].sort((a, b) => a.area.localeCompare(b.area) || a.period.localeCompare(b.period));
const observationsIn = (snapshot: Published): Observation[] =>
  parseSnapshot(readFileSync(snapshot.source, 'utf8'), {
    file: snapshot.source,
    unit: snapshot.meta.unit,
    areaCodes,
  });

describe.for(published)('the snapshot $id $date', (snapshot) => {
  it('is served as canonical CSV, byte for byte the published file', () => {
    expect(built(`data/${snapshot.id}/${snapshot.date}.csv`)).toBe(readFileSync(snapshot.source, 'utf8'));
  });

  it('is served as Danish Excel CSV that reads back through the importer to the same observations', () => {
    const excel = built(`data/${snapshot.id}/${snapshot.date}-excel.csv`);
    expect(excel.startsWith('\ufeffOmrådekode;Område;Periode;')).toBe(true);
    const lines = excel.trimEnd().split('\r\n');
    const note = `;Eksempeldata, dannet efter Jobindsats' måling ${snapshot.meta.source.measure}`;
    if (snapshot.meta.sample) expect(lines.slice(1).every((line) => line.endsWith(note))).toBe(true);
    const table = readSource(new TextEncoder().encode(excel));
    const reread = toObservations(table, {
      file: `${snapshot.date}-excel.csv`,
      unit: snapshot.meta.unit,
      periodicity: snapshot.meta.periodicity,
      areas: areaTable,
    });
    expect(byAreaAndPeriod(reread)).toEqual(byAreaAndPeriod(observationsIn(snapshot)));
  });
});

describe.for(published)('the links to snapshot $id $date', (snapshot) => {
  it('save the files under names that say eksempeldata', () => {
    const html = readBuilt(snapshotPath(snapshot.id, snapshot.date));
    for (const [href, name] of [
      [snapshotCsvPath(snapshot.id, snapshot.date), `${snapshot.id}-${snapshot.date}-eksempeldata.csv`],
      [
        snapshotExcelCsvPath(snapshot.id, snapshot.date),
        `${snapshot.id}-${snapshot.date}-excel-eksempeldata.csv`,
      ],
    ] as const) {
      expect(html).toContain(`href="${href}" download="${name}"`);
    }
  });
});

describe.for(indicatorIds)('/data/%s.json', (id) => {
  it('holds the metadata, the sample label and every snapshot as published', () => {
    const json = JSON.parse(built(`data/${id}.json`)) as IndicatorMeta & {
      sourceLine: string;
      modelledOn?: IndicatorMeta['source'];
      licence: string;
      snapshots: { date: string; observations: Observation[] }[];
    };
    const snapshots = published.filter((p) => p.id === id).sort((a, b) => a.date.localeCompare(b.date));
    expect(json.id).toBe(id);
    expect(json.licence).toBe('CC-BY-4.0');
    if (json.sample) {
      // Generated figures name the measure they were modelled on, never Jobindsats as their source.
      expect(json.sourceLine).toMatch(/^Eksempeldata, dannet efter Jobindsats' måling MM\d+$/);
      expect(json.source).toBeUndefined();
      expect(json.modelledOn?.name).toBe('Jobindsats.dk');
    }
    expect(json.snapshots.map((s) => s.date)).toEqual(snapshots.map((s) => s.date));
    json.snapshots.forEach((s, i) =>
      expect(byAreaAndPeriod(s.observations)).toEqual(byAreaAndPeriod(observationsIn(snapshots[i]!))),
    );
  });
});

describe('/data/datapackage.json', () => {
  const pkg = JSON.parse(built('data/datapackage.json')) as {
    description: string;
    resources: { path: string; description: string }[];
  };
  // The goals dataset and the letters are described in tests/build/goals-dataset.test.ts.
  const snapshots = pkg.resources.filter((resource) => /^[^/]+\/\d{4}-\d{2}-\d{2}\.csv$/.test(resource.path));

  it('describes every published snapshot with a path that exists', () => {
    expect(snapshots.map((r) => r.path).sort()).toEqual(published.map((p) => `${p.id}/${p.date}.csv`).sort());
    for (const resource of pkg.resources)
      expect(existsSync(join(distDir(), 'data', resource.path)), resource.path).toBe(true);
  });

  it('says the figures are sample data', () => {
    expect(pkg.description).toContain('eksempeldata');
    for (const resource of snapshots) {
      expect(resource.description).toContain("Eksempeldata, dannet efter Jobindsats' måling");
      expect((resource as { sources?: unknown }).sources, resource.path).toBeUndefined();
    }
  });
});

describe.for(indicatorIds)('the chart JSON of %s', (id) => {
  const latest = latestOf(id);
  const values = new Map(observationsIn(latest).map((row) => [`${row.area}|${row.period}`, row]));
  const dir = join(distDir(), 'data', id, 'kommune');
  const files = existsSync(dir) ? readdirSync(dir) : [];

  it('has one file per area: the country, 5 regions and 98 municipalities', () => {
    expect(files).toHaveLength(104);
    expect(files).toContain('000.json');
    expect(files).toContain('751.json');
  });

  it('draws only values of the latest snapshot, with suppressed values as gaps, never 0', () => {
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ChartData;
      expect(data.sample).toBe(latest.meta.sample);
      for (const series of data.series) {
        for (const point of series.points) {
          const row = values.get(`${series.id}|${point.period}`);
          expect(row, `${file}: ${series.id} ${point.period}`).toBeDefined();
          expect(point.value, `${file}: ${series.id} ${point.period}`).toBe(row?.value ?? null);
          if (row?.status === 'suppressed') expect(point.status).toBe('suppressed');
        }
      }
    }
  });
});

describe.for(indicatorIds)('the figures on /indikatorer/%s/', (id) => {
  const html = readBuilt(indicatorPath(id));
  const latest = latestOf(id);
  const rows = observationsIn(latest);
  const country = new Map(rows.filter((row) => row.area === '000').map((row) => [row.period, row.value]));

  it('chart the country series of the latest snapshot', () => {
    const table =
      new RegExp(`<table class="chart-table" id="${id}-udvikling-table"[\\s\\S]*?</table>`).exec(html)?.[0] ??
      '';
    const cells = [
      ...table.matchAll(
        /<tr data-key="([^"]+)"><th scope="row">[^<]*<\/th><td class="num"(?: data-value="([^"]+)")?>/g,
      ),
    ];
    expect(cells.length).toBe(country.size);
    for (const [, period = '', value] of cells)
      expect(value === undefined ? null : Number(value), period).toBe(country.get(period) ?? null);
  });

  it('rank the municipalities by the latest snapshot, suppressed ones named and not drawn as 0', () => {
    const table =
      new RegExp(`<table class="chart-table" id="${id}-placering-table"[\\s\\S]*?</table>`).exec(html)?.[0] ??
      '';
    const period = rows
      .filter((row) => row.area === '000' && row.status === 'ok')
      .map((row) => row.period)
      .sort()
      .at(-1)!;
    const inPeriod = new Map(rows.filter((row) => row.period === period).map((row) => [row.area, row]));
    const cells = [...table.matchAll(/<tr data-key="(\d{3})">[\s\S]*?<\/tr>/g)];
    expect(cells.length).toBeGreaterThan(0);
    for (const [row = '', area = ''] of cells) {
      // The last cell is the value; the one before it the rank.
      const value = [...row.matchAll(/data-value="([^"]+)"/g)].at(-1)?.[1];
      expect(value === undefined ? null : Number(value), area).toBe(inPeriod.get(area)?.value ?? null);
    }
    const withoutValue = [...inPeriod.values()].filter(
      (row) => /^\d{3}$/.test(row.area) && row.area !== '000' && row.status !== 'ok',
    );
    for (const row of withoutValue) {
      const shown = new RegExp(`<tr data-key="${row.area}">[\\s\\S]*?</tr>`).exec(table)?.[0] ?? '';
      expect(shown, row.area).not.toContain('data-value');
      expect(shown, row.area).toContain(row.status === 'suppressed' ? 'diskretioneret' : 'ikke oplyst');
    }
  });

  it('give each area the status it has in the snapshot: suppressed values say "diskretioneret", never 0', () => {
    const period = rows
      .filter((row) => row.area === '000' && row.status === 'ok')
      .map((row) => row.period)
      .sort()
      .at(-1)!;
    const words = { ok: 'offentliggjort', suppressed: 'diskretioneret', missing: 'ikke oplyst' } as const;
    const table = /<details class="area-values">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    const shown = [...table.matchAll(/<tr data-area="(\d+)">([\s\S]*?)<\/tr>/g)];
    expect(shown).toHaveLength(104);
    for (const [, area = '', cells = ''] of shown) {
      const row = rows.find((candidate) => candidate.area === area && candidate.period === period);
      const texts = [...cells.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) =>
        decodeEntities(match[1] ?? ''),
      );
      expect(texts.at(-1), area).toBe(words[row?.status ?? 'missing']);
      if (row?.status === 'suppressed') expect(texts[0], area).toBe('diskretioneret');
    }
  });
});
