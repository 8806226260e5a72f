import { describe, expect, it } from 'vitest';
import { goalRows } from '../../../../src/lib/content/goal-rows.ts';
import { yearGoal, yearView } from '../../../support/year-views.ts';

const names = new Map([
  ['opkvalificering', 'Opkvalificering'],
  ['langtidsledighed', 'Langtidsledighed'],
]);
const letter = { title: 'Brevet', url: '/2023/#brevet', note: null };

describe('goalRows', () => {
  const rows = goalRows(
    [
      yearView(2011, [
        yearGoal({ goal: 'langtidsledighed', paraphrase: 'Færre langtidsledige', certainty: 'omskrivning' }),
      ]),
      yearView(
        2023,
        [
          yearGoal({
            goal: 'opkvalificering',
            number: 2,
            wording: 'Flere ledige skal opkvalificeres',
            source: letter,
          }),
        ],
        {
          letter: true,
          carriedOn: true,
        },
      ),
    ],
    names,
    'https://example.dk',
  );

  it('gives one row per goal per year with the registry name', () => {
    expect(rows.map((row) => [row.year, row.goal_id, row.goal_name])).toEqual([
      [2011, 'langtidsledighed', 'Langtidsledighed'],
      [2023, 'opkvalificering', 'Opkvalificering'],
    ]);
  });

  it('keeps an unknown wording empty and gives the paraphrase instead', () => {
    expect(rows[0]).toMatchObject({
      wording: null,
      paraphrase: 'Færre langtidsledige',
      certainty: 'omskrivning',
      number: null,
    });
  });

  it('makes a source on the site an absolute address and keeps others as they are', () => {
    expect(rows[0]?.source_url).toBe('https://example.org/kilde');
    expect(rows[1]?.source_url).toBe('https://example.dk/2023/#brevet');
  });

  it('says whether the year carried the goals on only where a source says so', () => {
    expect(rows.map((row) => row.carried_on)).toEqual([null, true]);
  });
});
