import { certaintyLabel, type Certainty } from '../content/certainty.ts';
import type { YearGoal } from '../content/year-view.ts';
import { goalChangeLabel, type GoalComparison } from './compare-goal-lists.ts';

/** One year's side of a row: the wording, how sure it is and where it comes from. */
export interface ComparisonCell {
  /** "3. Flere flygtninge …", or "Omskrevet: …" where no source gives the words. */
  text: string;
  certainty: string;
  source: { title: string; url: string };
}

/** One goal in the table of /sammenlign/<år>-<år>/, as finished text. */
export interface ComparisonRow {
  goal: string;
  before: ComparisonCell | null;
  after: ComparisonCell | null;
  /** What changed, in words; says so where the wordings come from different kinds of source. */
  change: string;
  /** True where a change of wording sets the ministry's words against someone else's rendering of them. */
  mixedSources: boolean;
}

const KIND_OF_SOURCE: Record<Certainty, string> = {
  ministeriet: 'ministeriets egne ord',
  gengivet: 'en gengivelse ved en kommune, en avis eller en organisation',
  overskrift: 'en overskrift i en kommunes plan',
  omskrivning: 'sitets omskrivning',
};

const cellOf = (goal: YearGoal): ComparisonCell => ({
  text: `${goal.number === null ? '' : `${goal.number}. `}${goal.wording ?? `Omskrevet: ${goal.paraphrase ?? ''}`}`,
  certainty: certaintyLabel(goal.certainty),
  source: { title: goal.source.title, url: goal.source.url },
});

/** True where the two wordings differ and come from different kinds of source. */
export function rewordedAcrossSources({ kind, before, after }: GoalComparison<YearGoal>): boolean {
  const reworded = kind === 'reworded' || kind === 'reworded-renumbered';
  return reworded && before !== undefined && after !== undefined && before.certainty !== after.certainty;
}

function changeText(comparison: GoalComparison<YearGoal>, years: { from: number; to: number }): string {
  const { kind, before, after } = comparison;
  if (!rewordedAcrossSources(comparison) || !before || !after) return goalChangeLabel(kind);
  const renumbered = kind === 'reworded-renumbered' ? 'Nyt nummer. ' : '';
  return `${renumbered}Ordlyden er forskellig, men kilderne er af forskellig slags: for ${years.from} ${KIND_OF_SOURCE[before.certainty]}, for ${years.to} ${KIND_OF_SOURCE[after.certainty]}. Forskellen kan ligge i gengivelsen.`;
}

/** The rows of a comparison of two years, each side with its certainty and source. */
export function comparisonRows(
  comparisons: readonly GoalComparison<YearGoal>[],
  years: { from: number; to: number },
): ComparisonRow[] {
  return comparisons.map((comparison) => ({
    goal: comparison.goal,
    before: comparison.before ? cellOf(comparison.before) : null,
    after: comparison.after ? cellOf(comparison.after) : null,
    change: changeText(comparison, years),
    mixedSources: rewordedAcrossSources(comparison),
  }));
}
