import { describe, expect, it } from 'vitest';
import {
  buildGoalTimeline,
  isReworded,
  timelineChangeLabel,
  yearsInForce,
  yearsOfRewording,
} from '../../../../src/lib/versions/goal-timeline.ts';
import { yearGoal, yearView } from '../../../support/year-views.ts';

const views = [
  yearView(2022, [yearGoal({ goal: 'job', number: 1, wording: 'Flere skal i job.' })]),
  yearView(2023, [yearGoal({ goal: 'job', number: 1, wording: 'Flere skal i job' })], { letter: true }),
  yearView(2024, [yearGoal({ goal: 'job', number: 2, wording: 'Flere skal i arbejde' })], { letter: true }),
];

describe('buildGoalTimeline', () => {
  it('lists the years whose sources give the goal, oldest first, and marks the letters on the site', () => {
    const timeline = buildGoalTimeline('job', [...views].reverse());
    expect(timeline.map((e) => [e.year, e.number, e.letterOnSite])).toEqual([
      [2022, 1, false],
      [2023, 1, true],
      [2024, 2, true],
    ]);
  });

  it('does not count a final full stop as a rewording, and says where wording and number changed', () => {
    const timeline = buildGoalTimeline('job', views);
    expect(timeline.map((e) => e.change)).toEqual(['first', 'unchanged', 'reworded-renumbered']);
    expect(yearsOfRewording(timeline)).toEqual([2024]);
  });

  it('cannot compare a year whose source only paraphrases the goal', () => {
    const timeline = buildGoalTimeline('job', [
      yearView(2021, [yearGoal({ goal: 'job', paraphrase: 'Et mål om job', certainty: 'omskrivning' })]),
      ...views,
    ]);
    expect(timeline[0]).toMatchObject({
      year: 2021,
      change: 'first',
      wording: null,
      certainty: 'omskrivning',
    });
    expect(timeline[1]).toMatchObject({ year: 2022, change: 'unknown' });
  });

  it('keeps an announced goal out of the years in force', () => {
    const timeline = buildGoalTimeline('job', [
      yearView(2019, [yearGoal({ goal: 'job', paraphrase: 'Skal tilføjes', status: 'announced' })]),
      ...views,
    ]);
    expect(timeline[0]!.status).toBe('announced');
    expect(yearsInForce(timeline)).toEqual([2022, 2023, 2024]);
  });

  it('leaves out years that do not list the goal', () => {
    expect(buildGoalTimeline('other', views)).toEqual([]);
  });
});

describe('isReworded', () => {
  it('ignores a final full stop and surrounding space, nothing else', () => {
    expect(isReworded('Flere i job.', ' Flere i job')).toBe(false);
    expect(isReworded('Flere i job', 'Flere i arbejde')).toBe(true);
  });
});

describe('timelineChangeLabel', () => {
  it('says each change in Danish', () => {
    expect(timelineChangeLabel('reworded')).toBe('Ny ordlyd');
    expect(timelineChangeLabel('unknown')).toMatch(/ikke kendt/);
  });
});
