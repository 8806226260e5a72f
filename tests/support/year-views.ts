import type { YearGoal, YearSource, YearView } from '../../src/lib/content/year-view.ts';

export const SOURCE: YearSource = { title: 'Kilde', url: 'https://example.org/kilde', note: null };

/** A year goal with defaults: an exact wording in the ministry's words. */
export function yearGoal(goal: Partial<YearGoal> & Pick<YearGoal, 'goal'>): YearGoal {
  return {
    number: null,
    wording: null,
    paraphrase: null,
    certainty: 'ministeriet',
    status: 'stood',
    source: SOURCE,
    ...goal,
  };
}

/** A year view with defaults: a complete list from a source, no letter. */
export function yearView(year: number, goals: YearGoal[], view: Partial<YearView> = {}): YearView {
  return {
    year,
    letter: false,
    minister: null,
    announced: null,
    carriedOn: null,
    complete: true,
    goalCount: goals.length,
    note: null,
    goals,
    sources: [SOURCE],
    ...view,
  };
}
