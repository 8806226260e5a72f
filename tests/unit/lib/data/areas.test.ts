import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAreaTable, resolveArea as resolveIn } from '../../../../src/lib/data/areas.ts';
import { areaTable } from '../../../support/area-table.ts';

const { all, byCode, bySlug } = areaTable;
const regions = all.filter((area) => area.kind === 'region');
const municipalities = all.filter((area) => area.kind === 'municipality');
const areaByCode = (code: string) => byCode.get(code);
const resolveArea = (input: string): string | null => resolveIn(input, areaTable);

describe('areas', () => {
  it('lists the country, 5 regions and 98 municipalities in that order', () => {
    expect(all).toHaveLength(104);
    expect(all[0]).toEqual({
      code: '000',
      name: 'Hele landet',
      slug: 'hele-landet',
      kind: 'country',
      regionCode: null,
      aliases: [],
    });
    expect(regions.map((region) => region.code)).toEqual(['1081', '1082', '1083', '1084', '1085']);
    expect(municipalities).toHaveLength(98);
  });

  it('names regions in Danish and gives every municipality its region', () => {
    expect(areaByCode('1081')?.name).toBe('Region Nordjylland');
    expect(areaByCode('1084')?.slug).toBe('region-hovedstaden');
    expect(areaByCode('751')?.regionCode).toBe('1082');
    expect(municipalities.every((area) => areaByCode(area.regionCode ?? '')?.kind === 'region')).toBe(true);
  });

  it('gives every area a unique ASCII slug', () => {
    const slugs = all.map((area) => area.slug);
    expect(new Set(slugs).size).toBe(104);
    expect(slugs.every((value) => /^[a-z0-9-]+$/.test(value))).toBe(true);
    expect(bySlug.get('hoeje-taastrup')?.code).toBe('169');
    expect(bySlug.get('koebenhavn')?.code).toBe('101');
  });

  it('resolves 3- and 4-digit codes', () => {
    expect(resolveArea('101')).toBe('101');
    expect(resolveArea('0101')).toBe('101');
    expect(resolveArea('0860')).toBe('860');
    expect(resolveArea('1085')).toBe('1085');
    expect(resolveArea('000')).toBe('000');
    expect(resolveArea('411')).toBeNull();
    expect(resolveArea('999')).toBeNull();
  });

  it('resolves names, old names and other spellings regardless of case and spacing', () => {
    expect(resolveArea('  københavn ')).toBe('101');
    expect(resolveArea('Århus')).toBe('751');
    expect(resolveArea('Brønderslev-Dronninglund')).toBe('810');
    expect(resolveArea('Høje Taastrup')).toBe('169');
    expect(resolveArea('Nordfyn')).toBe('480');
    expect(resolveArea('Vesthimmerland')).toBe('820');
    expect(resolveArea('Aarhus Kommune')).toBe('751');
  });

  it('gives each municipality the other names kommune-aliases.csv lists for it, and no one else any', () => {
    expect(areaByCode('751')?.aliases).toEqual(['Århus']);
    expect(areaByCode('810')?.aliases).toEqual(['Brønderslev-Dronninglund']);
    expect(areaByCode('101')?.aliases).toEqual([]);
    expect(regions.every((region) => region.aliases.length === 0)).toBe(true);
  });

  it('resolves the country and regions with or without "Region"', () => {
    expect(resolveArea('Hele landet')).toBe('000');
    expect(resolveArea('Danmark')).toBe('000');
    expect(resolveArea('Region Midtjylland')).toBe('1082');
    expect(resolveArea('midtjylland')).toBe('1082');
    expect(resolveArea('Christiansø')).toBeNull();
  });

  it("reads the reference table of the data folder it is given, not the working directory's", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'areas-')), 'data');
    try {
      cpSync('data/reference', join(dataDir, 'reference'), { recursive: true });
      writeFileSync(
        join(dataDir, 'reference', 'kommuner.csv'),
        'code,name,region_code,region_name\n101,København,1084,Region Hovedstaden\n',
      );
      await expect(readAreaTable(dataDir)).rejects.toThrow(
        "kommune-aliases.csv line 2: code '169' is not a municipality in kommuner.csv",
      );
      writeFileSync(join(dataDir, 'reference', 'kommune-aliases.csv'), 'code,alias\n101,Kjøbenhavn\n');
      const table = await readAreaTable(dataDir);
      expect(table.all.map((area) => area.code)).toEqual(['000', '1084', '101']);
      expect(resolveIn('Aarhus', table)).toBeNull();
      expect(resolveIn('Kjøbenhavn', table)).toBe('101');
    } finally {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  });
});
