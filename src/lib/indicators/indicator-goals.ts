/** What an indicator page needs of a goal in the registry. */
export interface GoalLookup {
  data: { number: number | null; title: string };
}

/** What an indicator page needs of a letter: its year and the goals it lists. */
export interface LetterGoals {
  data: { year: number; goals: readonly { goal: string }[] };
}

/** A goal the indicator measured, with the years of the letters that list it. */
export interface IndicatorGoal {
  id: string;
  number: number;
  title: string;
  letterYears: number[];
}

/** The indicator's goals in its own order, each joined to the letters that list it (in the letters' order). */
export function indicatorGoals(
  goalIds: readonly string[],
  goals: ReadonlyMap<string, GoalLookup>,
  letters: readonly LetterGoals[],
): IndicatorGoal[] {
  return goalIds.map((goalId) => {
    const goal = goals.get(goalId);
    return {
      id: goalId,
      number: goal?.data.number ?? 0,
      title: goal?.data.title ?? goalId,
      letterYears: letters
        .filter((letter) => letter.data.goals.some((listed) => listed.goal === goalId))
        .map((letter) => letter.data.year),
    };
  });
}

/**
 * The lowest number among an indicator's goals: the one order of indicators on every page.
 * A goal without a number sorts after every numbered one.
 */
export function firstGoalNumber(goalIds: readonly string[], goals: ReadonlyMap<string, GoalLookup>): number {
  return Math.min(...goalIds.map((id) => goals.get(id)?.data.number ?? Number.POSITIVE_INFINITY));
}
