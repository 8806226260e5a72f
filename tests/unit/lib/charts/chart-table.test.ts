import { describe, expect, it } from 'vitest';
import { rankingTable, revisionTable, seriesTable } from '../../../../src/lib/charts/chart-table.ts';
import type { Series } from '../../../../src/lib/charts/types.ts';
import { percent, tableAarhus as aarhus, tableCountry as country } from './fixtures.ts';

describe('seriesTable', () => {
  const table = seriesTable([aarhus, country], percent, 'Andel selvforsørgende');

  it('has a row per period in time order and a column per series', () => {
    expect(table.columns).toEqual(['Periode', 'Aarhus', 'Hele landet']);
    expect(table.rows.map((r) => [r.key, r.header])).toEqual([
      ['2024-04', 'april 2024'],
      ['2024-05', 'maj 2024'],
    ]);
  });

  it('shows why a value is absent and keeps the raw number beside the text', () => {
    expect(table.rows[0]?.cells).toEqual([
      { text: 'diskretioneret', value: null },
      { text: 'ikke oplyst', value: null },
    ]);
    expect(table.rows[1]?.cells[0]).toEqual({ text: '34,2 pct.', value: 34.2 });
  });
});

describe('rankingTable', () => {
  it('ranks items with a value and lists those without last', () => {
    const table = rankingTable(
      [
        { id: '825', label: 'Læsø', value: null, status: 'suppressed' },
        { id: '751', label: 'Aarhus', value: 34.2 },
        { id: '101', label: 'København', value: 36 },
      ],
      percent,
      'Kommunerne i maj 2024',
    );
    expect(table.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['København', '1.', '36,0 pct.'],
      ['Aarhus', '2.', '34,2 pct.'],
      ['Læsø', '', 'diskretioneret'],
    ]);
  });
});

describe('revisionTable', () => {
  it('adds the change between the snapshots', () => {
    const older: Series = {
      ...aarhus,
      id: 'o',
      label: 'Data pr. 1. maj 2024',
      points: [{ period: '2024-05', value: 33.8 }],
    };
    const table = revisionTable(older, aarhus, percent, 'Revision');
    expect(table.columns).toEqual(['Periode', 'Data pr. 1. maj 2024', 'Aarhus', 'Ændring']);
    expect(table.rows.find((r) => r.key === '2024-05')?.cells[2]?.text).toBe('+0,4 procentpoint');
  });
});
