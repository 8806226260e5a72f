import type { YearGoal, YearView } from '../content/year-view.ts';
import { alignLetters, type ParagraphDiff } from './align-paragraphs.ts';
import {
  compareGoalLists,
  countGoalChanges,
  goalChangeLabel,
  type GoalChangeKind,
  type GoalComparison,
} from './compare-goal-lists.ts';
import { comparisonRows, rewordedAcrossSources, type ComparisonRow } from './comparison-rows.ts';

/** What the page comparing two years shows. */
export interface YearComparison {
  from: YearView;
  to: YearView;
  goals: GoalComparison<YearGoal>[];
  /** The goals as the page's table shows them, with each side's certainty and source. */
  rows: ComparisonRow[];
  /** One Danish sentence on how the goal list changed. */
  summary: string;
  /** The letters aligned paragraph by paragraph, where the site has both. */
  letters: ParagraphDiff | null;
}

const stood = (view: YearView): YearGoal[] => view.goals.filter((goal) => goal.status === 'stood');

function summaryOf(from: YearView, to: YearView, goals: readonly GoalComparison<YearGoal>[]): string {
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
  const mixed = goals.filter(rewordedAcrossSources).length;
  const caveat =
    mixed === 0
      ? ''
      : ` For ${mixed} af målene med ny ordlyd kommer de to års ordlyd fra forskellige slags kilder, så forskellen kan ligge i gengivelsen.`;
  return `Målelisten ændrede sig fra ${from.year} til ${to.year}: ${changed.join(', ')}. Uændrede mål: ${counts.unchanged}.${caveat}`;
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
    rows: comparisonRows(goals, { from: from.year, to: to.year }),
    summary: summaryOf(from, to, goals),
    letters: letterBodies ? alignLetters(letterBodies.from, letterBodies.to) : null,
  };
}
