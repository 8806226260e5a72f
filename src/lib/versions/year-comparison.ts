import type { YearGoal, YearView } from '../content/year-view.ts';
import { alignLetters, type ParagraphDiff } from './align-paragraphs.ts';
import {
  compareGoalLists,
  countGoalChanges,
  goalChangeLabel,
  type GoalChangeKind,
  type GoalComparison,
} from './compare-goal-lists.ts';

/** What the page comparing two years shows. */
export interface YearComparison {
  from: YearView;
  to: YearView;
  goals: GoalComparison<YearGoal>[];
  /** One Danish sentence on how the goal list changed. */
  summary: string;
  /** The letters aligned paragraph by paragraph, where the site has both. */
  letters: ParagraphDiff | null;
}

const stood = (view: YearView): YearGoal[] => view.goals.filter((goal) => goal.status === 'stood');

function summaryOf(from: YearView, to: YearView, goals: readonly GoalComparison[]): string {
  if (stood(from).length === 0 || stood(to).length === 0) {
    const empty = stood(from).length === 0 ? from.year : to.year;
    return `Kilderne gengiver ikke målene for ${empty}, så listerne kan ikke sammenlignes mål for mål.`;
  }
  const counts = countGoalChanges(goals);
  if (goals.every((goal) => goal.kind === 'unchanged'))
    return `Målelisten er uændret: de samme ${goals.length} mål med samme nummer og samme ordlyd i ${from.year} og ${to.year}.`;
  const changed = (Object.keys(counts) as GoalChangeKind[])
    .filter((kind) => kind !== 'unchanged' && counts[kind] > 0)
    .map((kind) => `${goalChangeLabel(kind).toLowerCase()}: ${counts[kind]}`);
  return `Målelisten ændrede sig fra ${from.year} til ${to.year}: ${changed.join(', ')}. Uændrede mål: ${counts.unchanged}.`;
}

/** Two years side by side: goal lists matched through the registry, and letters by paragraph. */
export function compareYears(
  from: YearView,
  to: YearView,
  letterBodies: { from: string; to: string } | null,
): YearComparison {
  const goals = compareGoalLists(stood(from), stood(to), { before: from.complete, after: to.complete });
  return {
    from,
    to,
    goals,
    summary: summaryOf(from, to, goals),
    letters: letterBodies ? alignLetters(letterBodies.from, letterBodies.to) : null,
  };
}
