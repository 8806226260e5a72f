import { describe, expect, it } from 'vitest';
import { yearCardLines } from '../../../../src/lib/og/overview-cards.ts';
import type { YearGoal, YearView } from '../../../../src/lib/content/year-view.ts';

const goal = (id: string, number: number | null, status: YearGoal['status'] = 'stood'): YearGoal =>
  ({
    goal: id,
    number,
    wording: null,
    paraphrase: null,
    certainty: 'ministeriet',
    status,
    source: { title: 'Kilde', url: 'https://example.org/', note: null },
  }) as YearGoal;
const view = (goals: YearGoal[], complete: boolean, goalCount: number | null): YearView =>
  ({ year: 2017, goals, complete, goalCount }) as YearView;
const titles = new Map([
  ['a', 'Flere i job'],
  ['b', 'Færre unge uden uddannelse'],
]);

describe('yearCardLines', () => {
  it('lists a year’s goals by number and title', () => {
    expect(yearCardLines(view([goal('a', 1), goal('b', 2)], true, 2), titles)).toEqual([
      '1. Flere i job',
      '2. Færre unge uden uddannelse',
    ]);
  });

  it('says how many goals there were when the sources give only some, and marks announced ones', () => {
    expect(yearCardLines(view([goal('a', 1), goal('b', null, 'announced')], false, 4), titles)).toEqual([
      '1. Flere i job',
      'Færre unge uden uddannelse (varslet)',
      'I alt: 4 mål; kilderne gengiver 1.',
    ]);
  });

  it('says so when no source gives the year’s goals', () => {
    expect(yearCardLines(view([], false, null), titles)).toEqual([
      'Ingen af de kilder, sitet har fundet, gengiver målene for 2017.',
    ]);
  });
});
