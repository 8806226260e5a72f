import { describe, expect, it } from 'vitest';
import { buildGoalTimeline } from '../../../../src/lib/versions/goal-timeline.ts';
import { otherYears } from '../../../../src/lib/years/other-years.ts';
import { yearGoal, yearView } from '../../../support/year-views.ts';

const goal = 'flygtninge-selvforsoergelse';
const timeline = buildGoalTimeline(goal, [
  yearView(2017, [
    yearGoal({
      goal,
      number: 3,
      wording: 'Flere flygtninge skal være selvforsørgende',
      certainty: 'gengivet',
    }),
  ]),
  yearView(2019, [
    yearGoal({ goal, paraphrase: 'Om flygtninge', certainty: 'omskrivning', status: 'announced' }),
  ]),
  yearView(2023, [yearGoal({ goal, number: 3, wording: 'Flere flygtninge skal være selvforsørgende' })], {
    letter: true,
  }),
  yearView(2024, [yearGoal({ goal, number: 3, wording: 'Flere flygtninge skal være selvforsørgende' })], {
    letter: true,
  }),
]);

describe('otherYears', () => {
  const others = otherYears(goal, timeline, 2023);

  it('lists every other year of the timeline, oldest first, not the year itself', () => {
    expect(others.map((other) => other.year)).toEqual([2017, 2019, 2024]);
  });

  it('links a year with a letter to its goal page and the others to their year page', () => {
    expect(others.map((other) => other.href)).toEqual(['/2017/', '/2019/', `/2024/maal/${goal}/`]);
  });

  it('gives each year its certainty in words, its number, and whether it was only announced', () => {
    expect(others[0]).toMatchObject({
      number: 'Mål 3',
      certainty: 'Ministeriets ordlyd, som en kommune, en avis eller en organisation gengiver den',
      announced: false,
    });
    expect(others[1]).toMatchObject({
      number: null,
      wording: null,
      paraphrase: 'Om flygtninge',
      announced: true,
    });
  });
});
