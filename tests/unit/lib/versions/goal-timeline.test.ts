import { describe, expect, it } from 'vitest';
import type { GoalYear } from '../../../../src/lib/content/goal-year-schema.ts';
import {
  buildGoalTimeline,
  timelineChangeLabel,
  yearsOfRewording,
  type LetterYear,
} from '../../../../src/lib/versions/goal-timeline.ts';

const source = { name: 'Kilde', url: 'https://example.org/kilde' };

function record(year: number, goals: Partial<GoalYear['goals'][number]>[]): GoalYear {
  return {
    year,
    letterOnSite: false,
    complete: true,
    sources: [source],
    goals: goals.map((goal) => ({
      goal: null,
      number: null,
      wording: null,
      paraphrase: null,
      status: 'stood',
      ...goal,
    })),
  };
}

const letters: LetterYear[] = [
  { year: 2023, goals: [{ goal: 'job', number: 1, wording: 'Flere skal i job' }] },
  { year: 2024, goals: [{ goal: 'job', number: 2, wording: 'Flere skal i arbejde' }] },
];

describe('buildGoalTimeline', () => {
  it('takes number and wording from the letters and marks the years the site has letters for', () => {
    const timeline = buildGoalTimeline('job', [2023, 2024], letters, []);
    expect(timeline.map((e) => [e.year, e.basis, e.number, e.wording, e.letterOnSite])).toEqual([
      [2023, 'letter', 1, 'Flere skal i job', true],
      [2024, 'letter', 2, 'Flere skal i arbejde', true],
    ]);
  });

  it('says where the wording and the number changed', () => {
    const timeline = buildGoalTimeline('job', [2023, 2024], letters, []);
    expect(timeline.map((e) => e.change)).toEqual(['first', 'reworded-renumbered']);
    expect(yearsOfRewording(timeline)).toEqual([2024]);
  });

  it('adds a record year with its verified wording and sources, before the letters', () => {
    const timeline = buildGoalTimeline('job', [2022, 2023, 2024], letters, [
      record(2022, [{ goal: 'job', number: 1, wording: 'Flere skal i job' }]),
    ]);
    expect(timeline[0]).toMatchObject({
      year: 2022,
      basis: 'record',
      status: 'stood',
      letterOnSite: false,
      sources: [source],
    });
    expect(timeline[1]).toMatchObject({ year: 2023, change: 'unchanged' });
  });

  it('does not call a final full stop a rewording', () => {
    const timeline = buildGoalTimeline('job', [2022, 2023], letters, [
      record(2022, [{ goal: 'job', number: 1, wording: 'Flere skal i job.' }]),
    ]);
    expect(timeline[1]).toMatchObject({ year: 2023, change: 'unchanged' });
  });

  it('does not call a goal renumbered when the earlier source gives no number', () => {
    const timeline = buildGoalTimeline('job', [2022, 2023], letters, [
      record(2022, [{ goal: 'job', number: null, wording: 'Flere skal i job' }]),
    ]);
    expect(timeline[1]).toMatchObject({ year: 2023, change: 'unchanged' });
  });

  it('cannot compare a paraphrased year with the next: the change is unknown', () => {
    const timeline = buildGoalTimeline('job', [2022, 2023], letters, [
      record(2022, [{ goal: 'job', paraphrase: 'Et mål om job.' }]),
    ]);
    expect(timeline.map((e) => [e.year, e.wording, e.change])).toEqual([
      [2022, null, 'first'],
      [2023, 'Flere skal i job', 'unknown'],
      [2024, 'Flere skal i arbejde', 'reworded-renumbered'],
    ]);
  });

  it('calls a record goal on the same subject related when the registry does not count the year', () => {
    const timeline = buildGoalTimeline('job', [2023, 2024], letters, [
      record(2018, [{ goal: 'job', paraphrase: 'Et mål om job.' }]),
    ]);
    expect(timeline[0]).toMatchObject({ year: 2018, status: 'related' });
  });

  it('keeps an announced goal announced', () => {
    const timeline = buildGoalTimeline('job', [2023], letters, [
      record(2019, [{ goal: 'job', paraphrase: 'Skulle tilføjes.', status: 'announced' }]),
    ]);
    expect(timeline[0]).toMatchObject({ year: 2019, status: 'announced' });
  });

  it('shows a registry year without any list as stood, with no number or wording', () => {
    const timeline = buildGoalTimeline('job', [2021, 2023, 2024], letters, []);
    expect(timeline[0]).toMatchObject({
      year: 2021,
      basis: 'registry',
      number: null,
      wording: null,
      paraphrase: null,
    });
  });

  it('prefers a letter to a record for the same year and leaves out goals a list does not have', () => {
    const timeline = buildGoalTimeline('job', [2023, 2024], letters, [
      record(2023, [{ goal: 'job', number: 9, wording: 'Andet' }]),
      record(2020, [{ goal: 'other', wording: 'Andet mål' }]),
    ]);
    expect(timeline.map((e) => [e.year, e.basis])).toEqual([
      [2023, 'letter'],
      [2024, 'letter'],
    ]);
  });

  it('labels changes in Danish words', () => {
    expect(timelineChangeLabel('unchanged')).toBe('Uændret');
    expect(timelineChangeLabel('reworded')).toBe('Ny ordlyd');
  });
});
