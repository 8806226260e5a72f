import { describe, expect, it } from 'vitest';
import { matchColumns, roleOf } from '../../../../../src/lib/data/import/columns.ts';

describe('roleOf', () => {
  it('recognises Danish and English headers', () => {
    expect(roleOf('Område', 'pct')).toBe('area');
    expect(roleOf('Kommune', 'pct')).toBe('area');
    expect(roleOf('Kommunekode', 'pct')).toBe('areaCode');
    expect(roleOf('Områdekode', 'pct')).toBe('areaCode');
    expect(roleOf('Periode', 'pct')).toBe('period');
    expect(roleOf('Måned', 'pct')).toBe('period');
    expect(roleOf('Andel (pct.)', 'pct')).toBe('value');
    expect(roleOf('Andel selvforsørgende (pct.)', 'pct')).toBe('value');
    expect(roleOf('Tæller', 'pct')).toBe('numerator');
    expect(roleOf('Nævner', 'pct')).toBe('denominator');
    expect(roleOf('Antal i alt', 'pct')).toBe('denominator');
    expect(roleOf('Status', 'pct')).toBe('status');
  });

  it('reads "Antal" as the numerator of a share but as the value of a count', () => {
    expect(roleOf('Antal selvforsørgende', 'pct')).toBe('numerator');
    expect(roleOf('Antal', 'antal')).toBe('value');
  });

  it('ignores dimensions it does not use', () => {
    expect(roleOf('Opholdstid', 'pct')).toBeNull();
    expect(roleOf('Ydelsesgrupper', 'pct')).toBeNull();
    expect(roleOf('Bemærkning', 'pct')).toBeNull();
  });
});

describe('matchColumns', () => {
  it('finds both the code column and the name column of the area', () => {
    expect(matchColumns([['Områdekode'], ['Område'], ['Periode'], ['Andel']], 'pct')).toEqual({
      areaCode: 0,
      areaName: 1,
      period: 2,
      value: 3,
      numerator: null,
      denominator: null,
      status: null,
    });
  });

  it('matches an API v2 variable by its label or its name', () => {
    expect(
      matchColumns(
        [
          ['Område', 'area'],
          ['Periode', 'period'],
          ['Beløb', 'mm13_andel'],
        ],
        'pct',
      ),
    ).toMatchObject({ areaCode: null, areaName: 0, period: 1, value: 2 });
  });

  it('says which column is missing and which columns there are', () => {
    expect(matchColumns([['Område'], ['Andel']], 'pct')).toBe(
      "no column for the period (looked for 'Periode', 'Måned', 'Kvartal', 'År' or 'period'); columns are 'Område', 'Andel'",
    );
  });

  it('refuses two columns that claim the same role', () => {
    expect(matchColumns([['Område'], ['Periode'], ['Faktisk andel'], ['Forventet andel']], 'pct')).toBe(
      "columns 'Faktisk andel' and 'Forventet andel' both look like the value; keep one of them",
    );
  });
});
