import { isReworded } from './goal-timeline.ts';

/** One goal as a year's list gives it: the registry id, its number and its wording, where known. */
export interface ListedGoal {
  /** The goal registry id (content/goals/<id>.md). */
  goal: string;
  number: number | null;
  /** The exact wording; null where the source only paraphrases the goal. */
  wording: string | null;
}

/**
 * How a goal fared from one year's list to the next. `unknown`: in both lists, but a wording
 * is missing; `unlisted`: missing from a list the sources give only in part.
 */
export type GoalChangeKind =
  | 'unchanged'
  | 'reworded'
  | 'renumbered'
  | 'reworded-renumbered'
  | 'added'
  | 'removed'
  | 'unknown'
  | 'unlisted';

export interface GoalComparison<T extends ListedGoal = ListedGoal> {
  goal: string;
  kind: GoalChangeKind;
  /** The goal in the earlier list; absent when it was added. */
  before?: T;
  /** The goal in the later list; absent when it was removed. */
  after?: T;
}

function kindOf(before: ListedGoal, after: ListedGoal): GoalChangeKind {
  if (before.wording === null || after.wording === null) return 'unknown';
  const reworded = isReworded(before.wording, after.wording);
  const renumbered = before.number !== null && after.number !== null && before.number !== after.number;
  if (reworded && renumbered) return 'reworded-renumbered';
  if (reworded) return 'reworded';
  if (renumbered) return 'renumbered';
  return 'unchanged';
}

/** Whether each list is the whole list; a goal missing from a partial list is `unlisted`. */
export interface ListCompleteness {
  before: boolean;
  after: boolean;
}

/**
 * Matches two goal lists by goal id. The result follows the later list's order,
 * with goals that were dropped after it in the earlier list's order.
 */
export function compareGoalLists<T extends ListedGoal>(
  before: readonly T[],
  after: readonly T[],
  complete: ListCompleteness = { before: true, after: true },
): GoalComparison<T>[] {
  const earlier = new Map(before.map((goal) => [goal.goal, goal]));
  const later = new Set(after.map((goal) => goal.goal));
  const kept = after.map((goal): GoalComparison<T> => {
    const old = earlier.get(goal.goal);
    return old
      ? { goal: goal.goal, kind: kindOf(old, goal), before: old, after: goal }
      : { goal: goal.goal, kind: complete.before ? 'added' : 'unlisted', after: goal };
  });
  const removed = before
    .filter((goal) => !later.has(goal.goal))
    .map((goal): GoalComparison<T> => ({
      goal: goal.goal,
      kind: complete.after ? 'removed' : 'unlisted',
      before: goal,
    }));
  return [...kept, ...removed];
}

const KIND_LABELS: Record<GoalChangeKind, string> = {
  unchanged: 'Uændret',
  reworded: 'Ny ordlyd',
  renumbered: 'Nyt nummer',
  'reworded-renumbered': 'Ny ordlyd og nyt nummer',
  added: 'Tilføjet',
  removed: 'Fjernet',
  unknown: 'Med begge år; ordlyden kendes ikke for begge',
  unlisted: 'Ikke nævnt i kilderne for det ene år',
};

/** The Danish label for a kind of change, shown in words, never by colour alone. */
export function goalChangeLabel(kind: GoalChangeKind): string {
  return KIND_LABELS[kind];
}

/** How many goals of each kind, for a summary line. */
export function countGoalChanges(comparisons: readonly GoalComparison[]): Record<GoalChangeKind, number> {
  const counts: Record<GoalChangeKind, number> = {
    unchanged: 0,
    reworded: 0,
    renumbered: 0,
    'reworded-renumbered': 0,
    added: 0,
    removed: 0,
    unknown: 0,
    unlisted: 0,
  };
  for (const comparison of comparisons) counts[comparison.kind] += 1;
  return counts;
}
