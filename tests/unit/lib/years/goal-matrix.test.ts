import { describe, expect, it } from 'vitest';
import { goalMatrix, markOf, orderGoals } from '../../../../src/lib/years/goal-matrix.ts';
import { yearGoal, yearView } from '../../../support/year-views.ts';

const complete = yearView(2018, [yearGoal({ goal: 'a', wording: 'A' })]);
const partial = yearView(2012, [yearGoal({ goal: 'b', wording: 'B' })], { complete: false, goalCount: 4 });

describe('markOf', () => {
  it('says a goal stood, was announced, was absent from a whole list, or is unknown', () => {
    expect(markOf('a', complete)).toBe('stood');
    expect(markOf('b', complete)).toBe('absent');
    expect(markOf('a', partial)).toBe('unknown');
    expect(markOf('a', null)).toBe('unknown');
    expect(markOf('c', yearView(2019, [yearGoal({ goal: 'c', paraphrase: 'C', status: 'announced' })]))).toBe(
      'announced',
    );
  });
});

describe('goalMatrix', () => {
  it('gives one row per goal and one mark per year', () => {
    const rows = goalMatrix(
      ['a', 'b'],
      [
        { year: 2012, view: partial },
        { year: 2013, view: null },
        { year: 2018, view: complete },
      ],
    );
    expect(rows.map((row) => [row.goal, row.marks.map((m) => m.mark)])).toEqual([
      ['a', ['unknown', 'unknown', 'stood']],
      ['b', ['stood', 'unknown', 'absent']],
    ]);
  });
});

describe('orderGoals', () => {
  it('puts numbered goals first by number, then the others by the first year a source lists them', () => {
    const goal = (id: string, number: number | null) => ({ id, data: { number, title: id } });
    const ordered = orderGoals(
      [goal('a', null), goal('x', 2), goal('b', null), goal('y', 1)],
      [partial, complete],
    );
    expect(ordered.map((g) => g.id)).toEqual(['y', 'x', 'b', 'a']);
  });
});
