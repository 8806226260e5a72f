import { describe, expect, it } from 'vitest';
import {
  inPlace,
  summarizeLatest,
  summarizeRanking,
  summarizeRevision,
} from '../../../../src/lib/charts/summarize.ts';
import type { Series } from '../../../../src/lib/charts/types.ts';
import { count, percent } from './fixtures.ts';

const series = (id: string, label: string, role: Series['role'], points: Series['points']): Series => ({
  id,
  label,
  role,
  points,
});

describe('summarizeLatest', () => {
  const aarhus = series('751', 'Aarhus', 'primary', [
    { period: '2024-04', value: 33.9 },
    { period: '2024-05', value: 34.2 },
  ]);
  const country = series('000', 'Hele landet', 'comparison', [{ period: '2024-05', value: 31 }]);

  it('compares the latest value with the other series', () => {
    expect(summarizeLatest([aarhus, country], { format: percent, subject: 'andelen' })).toBe(
      'I maj 2024 var andelen 34,2 pct. i Aarhus mod 31,0 pct. i hele landet.',
    );
  });

  it('speaks of the period the page reports, not a later point', () => {
    expect(summarizeLatest([aarhus], { format: percent, subject: 'andelen', period: '2024-04' })).toBe(
      'I april 2024 var andelen 33,9 pct. i Aarhus.',
    );
  });

  it('lists several comparisons and writes counts with thousands separators', () => {
    const a = series('751', 'Aarhus', 'primary', [{ period: '2024', value: 1234 }]);
    const r = series('1082', 'Region Midtjylland', 'comparison', [{ period: '2024', value: 5678 }]);
    const c = series('000', 'Hele landet', 'comparison', [{ period: '2024', value: 23456 }]);
    expect(summarizeLatest([a, r, c], { format: count, subject: 'antallet' })).toBe(
      'I 2024 var antallet 1.234 i Aarhus mod 5.678 i Region Midtjylland og 23.456 i hele landet.',
    );
  });

  it('says a suppressed latest value is suppressed and gives the last known one', () => {
    const laeso = series('825', 'Læsø', 'primary', [
      { period: '2024-04', value: 12 },
      { period: '2024-05', value: null, status: 'suppressed' },
    ]);
    expect(summarizeLatest([laeso, country], { format: percent })).toBe(
      'Værdien for Læsø i maj 2024 er diskretioneret. Den seneste kendte værdi er 12,0 pct. fra april 2024.',
    );
  });

  it('says when a comparison has no value for the period', () => {
    const empty = series('000', 'Hele landet', 'comparison', [{ period: '2024-05', value: null }]);
    expect(summarizeLatest([aarhus, empty], { format: percent })).toBe(
      'I maj 2024 var værdien 34,2 pct. i Aarhus. Tallet for hele landet er ikke oplyst for maj 2024.',
    );
  });

  it('says when there is nothing to show', () => {
    expect(summarizeLatest([], { format: percent })).toBe('Der er ingen tal at vise.');
  });
});

describe('summarizeRanking', () => {
  const items = [
    { id: '751', label: 'Aarhus', value: 34.2 },
    { id: '101', label: 'København', value: 36 },
    { id: '563', label: 'Fanø', value: 20.1 },
    { id: '825', label: 'Læsø', value: null, status: 'suppressed' as const },
  ];
  const base = { format: percent, period: '2024-05' };

  it('places the highlighted municipality among those with a value', () => {
    expect(
      summarizeRanking(items, { ...base, highlight: '751', reference: { label: 'Hele landet', value: 31 } }),
    ).toBe(
      'I maj 2024 havde Aarhus den 2. højeste værdi blandt 3 kommuner med en værdi: 34,2 pct. mod 31,0 pct. i hele landet.',
    );
    expect(summarizeRanking(items, { ...base, highlight: '101' })).toContain(
      'havde København den højeste værdi',
    );
  });

  it('does not rank a municipality whose value is suppressed', () => {
    expect(summarizeRanking(items, { ...base, highlight: '825' })).toBe(
      'Værdien for Læsø i maj 2024 er diskretioneret, så Læsø indgår ikke i sammenligningen.',
    );
  });

  it('gives the spread when nothing is highlighted', () => {
    expect(summarizeRanking(items, base)).toBe(
      'I maj 2024 lå værdierne for 3 kommuner mellem 20,1 pct. (Fanø) og 36,0 pct. (København). 1 kommune har ingen værdi.',
    );
  });
});

describe('summarizeRevision', () => {
  const revision = (period: string, label: string, older: number | null, newer: number | null) => ({
    period,
    label,
    x: 0,
    y: 0,
    older,
    newer,
    difference: older === null || newer === null ? null : newer - older,
  });

  it('counts revised periods and names the largest change', () => {
    const text = summarizeRevision(
      [
        revision('2024-02', 'februar 2024', 31, 31.4),
        revision('2024-03', 'marts 2024', 30, 29.2),
        revision('2024-04', 'april 2024', null, 3),
      ],
      24,
      { format: percent },
    );
    expect(text).toBe(
      'Grafen viser de seneste 24 måneder, som begge opgørelser dækker. Af dem er 3 revideret. Den største ændring er \u22120,8 procentpoint i marts 2024. 1 værdi, der manglede, er kommet til.',
    );
  });

  it('says so when nothing was revised', () => {
    expect(summarizeRevision([], 8, { format: percent })).toBe(
      'Grafen viser de seneste 8 måneder, som begge opgørelser dækker. Ingen af dem er revideret.',
    );
  });
});

describe('inPlace', () => {
  it('writes the whole country in lower case after "i"', () => {
    expect(inPlace('Hele landet')).toBe('i hele landet');
    expect(inPlace('Region Sjælland')).toBe('i Region Sjælland');
  });
});
