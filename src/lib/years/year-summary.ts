import { compareGoalLists, countGoalChanges, goalChangeLabel } from '../versions/compare-goal-lists.ts';
import { formatDate } from '../format.ts';
import type { YearView } from '../content/year-view.ts';

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
  if (view.goalCount === null)
    return shown === 0
      ? 'Kilderne siger ikke, hvor mange mål der var'
      : `${shown} mål, som kilderne nævner; listen er ikke fuldstændig`;
  if (shown === view.goalCount) return `${view.goalCount} mål`;
  return `${view.goalCount} mål; kilderne gengiver ${shown === 0 ? 'ingen af dem' : shown}`;
}

/** What the sources date, in a Danish sentence, for a year whose announcement no source dates. */
export function undatedAnnouncementText(view: YearView): string {
  const dated = view.sources.flatMap((source) => (source.dated ? [source.dated] : []));
  if (dated.length === 0) return 'Kilderne giver ingen dato.';
  const dates = dated.map(({ date, of }) => `${of} er dateret ${formatDate(date)}`);
  return `Ingen kilde dater ministerens udmelding. ${joinDanish(dates)}.`;
}

/**
 * The opening of a year page without the letter: what the site has instead. Where a copy of the
 * letter stops before the end, it says so and which goals the copy gives.
 */
export function recordLeadText(view: YearView): string {
  const partial = view.sources.find((source) => source.letterCopy === 'partial');
  const rest =
    'Målene står her, som de kilder, sitet har fundet, gengiver dem, og ved hvert mål står det, hvor sikker ordlyden er.';
  if (view.goals.length === 0)
    return `Sitet har ikke ministerens brev med målene for ${view.year}, og de kilder, sitet har fundet, gengiver ikke målene. Her står, hvad kilderne viser.`;
  if (!partial) return `Sitet har ikke ministerens brev med målene for ${view.year}. ${rest}`;
  const given = view.goals
    .filter((goal) => goal.source === partial && goal.number !== null)
    .map((goal) => String(goal.number));
  const gives =
    given.length === 0
      ? 'den gengiver ingen af målene helt'
      : `den gengiver ${given.length === 1 ? 'mål' : 'målene'} ${joinDanish(given)} med ministerens egne ord`;
  return `Sitet har kun en del af ministerens brev med målene for ${view.year}: den kopi, sitet har fundet, stopper undervejs, og ${gives}. De øvrige mål står her, som andre kilder gengiver dem, og ved hvert mål står det, hvor sikker ordlyden er.`;
}

/** "a", "a og b", "a, b og c". */
function joinDanish(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/** The sentence for a year of the archive no source was found for. */
export function noSourceText(year: number): string {
  return `Sitet har ikke fundet nogen kilde til målene for ${year}.`;
}
