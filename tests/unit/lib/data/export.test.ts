import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  toCanonicalCsv,
  toDanishCsv,
  toDataPackage,
  toExcelCsv,
  toIndicatorJson,
  toPlainCsv,
} from '../../../../src/lib/data/export.ts';
import { readSource } from '../../../../src/lib/data/import/sources.ts';
import { toObservations } from '../../../../src/lib/data/import/to-observations.ts';
import { indicatorMetaSchema } from '../../../../src/lib/data/indicator-meta.ts';
import { parseSnapshot } from '../../../../src/lib/data/snapshot.ts';
import { areaCodes, areaNames, areaTable } from '../../../support/area-table.ts';

const file = 'tests/fixtures/data/formats/expected.csv';
const canonical = readFileSync(file, 'utf8');
const observations = parseSnapshot(canonical, { file, unit: 'pct', areaCodes });
const meta = indicatorMetaSchema.parse(
  JSON.parse(readFileSync('tests/fixtures/data/indicators/mm13/indicator.json', 'utf8')),
);

describe('toCanonicalCsv', () => {
  it('writes a snapshot byte for byte as it was read', () => {
    expect(toCanonicalCsv(observations)).toBe(canonical);
  });
});

describe('toExcelCsv', () => {
  it('writes rows with semicolons, a BOM and CRLF, quoting a cell that holds a semicolon', () => {
    expect(
      toExcelCsv([
        ['År', 'Kilde'],
        ['2019', 'Selveje; mål'],
      ]),
    ).toBe('\ufeffÅr;Kilde\r\n2019;"Selveje; mål"\r\n');
  });
});

describe('toPlainCsv', () => {
  it('writes rows with commas and LF, quoting a cell that holds a comma or a quote', () => {
    expect(
      toPlainCsv([
        ['a', 'b'],
        ['1, 2', 'sagde "ja"'],
      ]),
    ).toBe('a,b\n"1, 2","sagde ""ja"""\n');
  });
});

describe('toDanishCsv', () => {
  const note = "Eksempeldata, dannet efter Jobindsats' måling MM13";
  const danish = toDanishCsv(observations, { note, areaNames });

  it('writes what Danish Excel expects: BOM, semicolons, decimal commas, CRLF', () => {
    expect(
      danish.startsWith('\ufeffOmrådekode;Område;Periode;Andel (pct.);Tæller;Nævner;Status;Bemærkning\r\n'),
    ).toBe(true);
    expect(danish).toContain(`000;Hele landet;2024M01;47,3;39812;84172;offentliggjort;${note}\r\n`);
    expect(danish).toContain(`825;Læsø;2024M01;;;;diskretioneret;${note}\r\n`);
    expect(danish.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('leaves the note column out for official figures', () => {
    expect(toDanishCsv(observations, { areaNames })).not.toContain('Bemærkning');
  });

  it('reads back through the importer to the same observations', () => {
    const table = readSource(new TextEncoder().encode(danish));
    expect(table.format).toBe('csv');
    expect(
      toObservations(table, { file: 'download.csv', unit: 'pct', periodicity: 'month', areas: areaTable }),
    ).toEqual(observations);
  });
});

describe('toIndicatorJson', () => {
  it('holds the metadata, the licence and every snapshot', () => {
    const json = toIndicatorJson(meta, [{ date: '2025-03-03', observations }]);
    expect(json).toMatchObject({
      id: 'mm13',
      sample: true,
      sourceLine: "Eksempeldata, dannet efter Jobindsats' måling MM13",
      licence: 'CC-BY-4.0',
    });
    expect(json.source).toBeUndefined();
    expect(json.modelledOn?.measure).toBe('MM13');
    expect(json.snapshots[0]?.observations).toHaveLength(15);
  });
});

describe('toDataPackage', () => {
  const pkg = toDataPackage([{ meta, snapshots: [{ date: '2024-12-02' }, { date: '2025-03-03' }] }]);
  const first = pkg.resources[0];
  const schema = first?.profile === 'tabular-data-resource' ? first.schema : undefined;

  it('describes each snapshot as a tabular resource with its schema', () => {
    expect(pkg.resources.map((resource) => [resource.name, resource.path])).toEqual([
      ['mm13-2024-12-02', 'mm13/2024-12-02.csv'],
      ['mm13-2025-03-03', 'mm13/2025-03-03.csv'],
    ]);
    expect(schema?.fields.map((field) => `${field.name}:${field.type}`)).toEqual([
      'area:string',
      'period:string',
      'value:number',
      'numerator:number',
      'denominator:number',
      'status:string',
    ]);
    expect(schema?.primaryKey).toEqual(['area', 'period']);
  });

  it('names the licence, warns that the figures are sample data and credits no source for them', () => {
    expect(pkg.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(pkg.sources).toBeUndefined();
    expect(pkg.resources[0]?.sources).toBeUndefined();
    expect(pkg.description).toContain('eksempeldata');
    expect(pkg.resources[0]?.description).toContain("Eksempeldata, dannet efter Jobindsats' måling MM13");
  });

  it('names Jobindsats as the source of official figures', () => {
    const official = toDataPackage([
      { meta: { ...meta, sample: false }, snapshots: [{ date: '2025-03-03' }] },
    ]);
    expect(official.sources?.[0]?.path).toBe('https://www.jobindsats.dk/');
    expect(official.resources[0]?.sources?.[0]?.title).toContain('MM13');
  });

  it('lists the resources it is given before the snapshots, in a data package that allows files', () => {
    const withFiles = toDataPackage([{ meta, snapshots: [{ date: '2025-03-03' }] }], undefined, [
      {
        name: 'brev-2023',
        path: 'breve/2023.txt',
        title: 'Brevet',
        description: 'Brevet som tekst',
        profile: 'data-resource',
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        sources: [],
      },
    ]);
    expect(withFiles.resources.map((resource) => resource.name)).toEqual(['brev-2023', 'mm13-2025-03-03']);
    expect(withFiles.profile).toBe('data-package');
    expect(withFiles.description).toContain('eksempeldata');
  });

  it('uses valid Frictionless resource names', () => {
    expect(pkg.resources.every((resource) => /^[a-z0-9._-]+$/.test(resource.name))).toBe(true);
  });
});
