import { compareGoalLists, countGoalChanges, goalChangeLabel } from '../versions/compare-goal-lists.ts';
import type { YearView } from './year-view.ts';

const listOf = (view: YearView) => view.goals.filter((goal) => goal.status === 'stood');

/** Whether a year carried on the goals of the year before, in a Danish sentence. */
export function carriedOnText(view: YearView, previous: YearView | undefined): string {
  const before = view.year - 1;
  if (view.carriedOn === true) return `Ja. Ifølge kilderne blev målene for ${before} videreført.`;
  if (view.carriedOn === false) return `Nej. Ifølge kilderne var der nye mål i forhold til ${before}.`;
  if (!previous || previous.year !== before || !previous.complete || !view.complete)
    return `Det kan sitet ikke sige: kilderne giver ikke hele listen for både ${before} og ${view.year}.`;
  const comparisons = compareGoalLists(listOf(previous), listOf(view));
  const counts = countGoalChanges(comparisons);
  const goneOrNew = counts.added + counts.removed;
  if (goneOrNew === 0)
    return `Listen har de samme mål som i ${before}, men ingen kilde siger, at målene blev videreført.`;
  const parts = (['added', 'removed'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${goalChangeLabel(kind).toLowerCase()}: ${counts[kind]}`);
  return `Nej. Listen ændrede sig fra ${before} (${parts.join(', ')}).`;
}

/** How many goals the year had, as far as the sources say, in a Danish phrase. */
export function goalCountText(view: YearView): string {
  const shown = view.goals.filter((goal) => goal.status === 'stood').length;
  if (view.goalCount === null) return `${shown} mål, som kilderne nævner; listen er ikke fuldstændig`;
  if (shown === view.goalCount) return `${view.goalCount} mål`;
  return `${view.goalCount} mål; kilderne gengiver ${shown === 0 ? 'ingen af dem' : shown}`;
}
