import type { YearView } from '../content/year-view.ts';

/**
 * What a year's sources say of a goal: it stood, it was announced to be added, it was not on
 * a list the sources give whole, or nothing can be said (no source, or only part of the list).
 */
export type MatrixMark = 'stood' | 'announced' | 'absent' | 'unknown';

export interface MatrixRow {
  goal: string;
  marks: { year: number; mark: MatrixMark }[];
}

/** The mark of one goal in one year. */
export function markOf(goalId: string, view: YearView | null): MatrixMark {
  if (view === null) return 'unknown';
  const goal = view.goals.find((listed) => listed.goal === goalId);
  if (goal) return goal.status;
  return view.complete ? 'absent' : 'unknown';
}

/** The goal × year view: one row per goal, one mark per archive year. */
export function goalMatrix(
  goalIds: readonly string[],
  years: readonly { year: number; view: YearView | null }[],
): MatrixRow[] {
  return goalIds.map((goal) => ({
    goal,
    marks: years.map(({ year, view }) => ({ year, mark: markOf(goal, view) })),
  }));
}

/** The first year any source lists the goal, or Infinity. */
export function firstYearOf(goalId: string, views: readonly YearView[]): number {
  return views.find((view) => view.goals.some((goal) => goal.goal === goalId))?.year ?? Infinity;
}

/**
 * Goals in reading order: the goals of the last letters by their number, then the earlier
 * goals by the first year a source lists them.
 */
export function orderGoals<T extends { id: string; data: { number: number | null; title: string } }>(
  goals: readonly T[],
  views: readonly YearView[],
): T[] {
  const key = (goal: T): [number, number] =>
    goal.data.number === null ? [1, firstYearOf(goal.id, views)] : [0, goal.data.number];
  return [...goals].sort((a, b) => {
    const [ga, na] = key(a);
    const [gb, nb] = key(b);
    return ga - gb || na - nb || a.data.title.localeCompare(b.data.title, 'da');
  });
}
