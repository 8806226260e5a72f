import { describe, expect, it } from 'vitest';
import { CANONICAL_HEADER, parseSnapshot, SnapshotError } from '../../../../src/lib/data/snapshot.ts';
import { areaCodes } from '../../../support/area-table.ts';

const file = 'data/indicators/mm13/snapshots/2024-06-01.csv';
const csv = (...rows: string[]): string => [CANONICAL_HEADER, ...rows].join('\n') + '\n';
const problemsOf = (text: string, unit: 'pct' | 'antal' = 'pct'): string[] => {
  try {
    parseSnapshot(text, { file, unit, areaCodes });
  } catch (error) {
    if (error instanceof SnapshotError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('parseSnapshot', () => {
  it('reads every row into observations with numbers and nulls', () => {
    const rows = parseSnapshot(
      csv('000,2024-05,47.3,39812,84172,ok', '825,2024-05,,,,suppressed', '101,2024-05,,,,missing'),
      { file, unit: 'pct', areaCodes },
    );
    expect(rows).toEqual([
      { area: '000', period: '2024-05', value: 47.3, numerator: 39812, denominator: 84172, status: 'ok' },
      {
        area: '825',
        period: '2024-05',
        value: null,
        numerator: null,
        denominator: null,
        status: 'suppressed',
      },
      { area: '101', period: '2024-05', value: null, numerator: null, denominator: null, status: 'missing' },
    ]);
  });

  it('accepts quarters and years, and a file without a final newline', () => {
    expect(
      parseSnapshot(`${CANONICAL_HEADER}\n101,2024-Q2,5,,,ok`, { file, unit: 'pct', areaCodes }),
    ).toHaveLength(1);
    expect(
      parseSnapshot(csv('101,2024,5,,,ok'), { file, unit: 'pct', periodicity: 'year', areaCodes }),
    ).toHaveLength(1);
  });

  it('rejects a period of another periodicity than the indicator has', () => {
    expect(() =>
      parseSnapshot(csv('101,2024-Q2,5,,,ok'), { file, unit: 'pct', periodicity: 'month', areaCodes }),
    ).toThrow(
      `${file} line 2: period '2024-Q2' is a quarter, but the indicator is monthly; a file holds one periodicity`,
    );
  });

  it('allows large and negative-free counts for an antal indicator but not negative ones', () => {
    expect(parseSnapshot(csv('101,2024-05,1234567,,,ok'), { file, unit: 'antal', areaCodes })[0]?.value).toBe(
      1234567,
    );
    expect(problemsOf(csv('101,2024-05,-1,,,ok'), 'antal')).toEqual([
      `${file} line 2: value -1 is negative; counts cannot be negative`,
    ]);
  });

  it('reports every problem of a row and of every row, with line numbers', () => {
    expect(
      problemsOf(csv('101,2024-05,47.3,1,2,ok', '999,2024-13,x,,,ok', '101,2024-05,47.3,1,2,ok')),
    ).toEqual([
      `${file} line 3: unknown area code '999'`,
      `${file} line 3: period '2024-13' is not a month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY)`,
      `${file} line 3: value 'x' in column 'value' is not a number`,
      `${file} line 4: area '101' and period '2024-05' already appear on line 2`,
    ]);
  });

  it('rejects numbers written the Danish or scientific way', () => {
    expect(problemsOf(csv('101,2024-05,1e3,,,ok'))).toEqual([
      `${file} line 2: value '1e3' in column 'value' is not a number`,
    ]);
    expect(problemsOf(csv('101,2024-05, 4,,,ok'))).toEqual([
      `${file} line 2: value ' 4' in column 'value' is not a number`,
    ]);
  });

  it('caps the list at 20 problems and says how many more there are', () => {
    const rows = Array.from({ length: 30 }, (_, index) => `999,${2000 + index}-01,1,,,ok`);
    const problems = problemsOf(csv(...rows));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('… and 10 more');
  });
});
