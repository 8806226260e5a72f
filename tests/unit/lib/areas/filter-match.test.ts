import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../../../src/lib/areas/filter-match.ts';

const names = Papa.parse<{ code: string; name: string }>(
  readFileSync('data/reference/kommuner.csv', 'utf8').trim(),
  {
    header: true,
  },
).data;

describe('matchesFilter', () => {
  it('picks a municipality whose name begins with the query', () => {
    expect(matchesFilter('aar', ['Aarhus'])).toBe(true);
  });

  it('reads æ, ø and å spelt out, and ignores case and surrounding spaces', () => {
    expect(matchesFilter('  AEROE ', ['Ærø'])).toBe(true);
    expect(matchesFilter('århus', ['Aarhus'])).toBe(true);
    expect(matchesFilter('toender', ['Tønder'])).toBe(true);
  });

  it('does not pick a name that only contains the query inside a word', () => {
    expect(matchesFilter('aar', ['Lyngby-Taarbæk'])).toBe(false);
  });

  it('picks a later word of a hyphenated name', () => {
    expect(matchesFilter('taa', ['Høje-Taastrup'])).toBe(true);
    expect(matchesFilter('skjern', ['Ringkøbing-Skjern'])).toBe(true);
  });

  it('reads å as aa and ø as oe, so old and typed spellings find the name', () => {
    expect(matchesFilter('Århus', ['Aarhus'])).toBe(true);
    expect(matchesFilter('hoeje', ['Høje-Taastrup'])).toBe(true);
    expect(matchesFilter('tår', ['Tårnby'])).toBe(true);
  });

  it('picks by kommunekode when the code is among the names', () => {
    expect(matchesFilter('75', ['Aarhus', '751'])).toBe(true);
  });

  it('picks everything for an empty or blank query', () => {
    expect(matchesFilter('  ', ['Aarhus'])).toBe(true);
  });

  it('leaves only Aarhus of the 98 municipalities for "aar"', () => {
    const picked = names.filter((row) => matchesFilter('aar', [row.name, row.code])).map((row) => row.name);
    expect(names).toHaveLength(98);
    expect(picked).toEqual(['Aarhus']);
  });
});
