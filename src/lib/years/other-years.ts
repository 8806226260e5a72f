import { certaintyLabel } from '../content/certainty.ts';
import { yearGoalPath, yearPath } from '../paths.ts';
import type { TimelineEntry } from '../versions/goal-timeline.ts';

/** Another year of a goal, as the list "Samme mål i andre år" shows it. */
export interface OtherYear {
  year: number;
  /** The goal's page in that year where the site has the letter, else the year's page. */
  href: string;
  /** "Mål 3: …", the number where the source gives one. */
  number: string | null;
  /** The exact wording, or null where the site has only its own paraphrase. */
  wording: string | null;
  paraphrase: string | null;
  /** How sure the wording is, in words. */
  certainty: string;
  /** True where the source says only that the goal was to be added. */
  announced: boolean;
}

/** Every other year in the goal's timeline, oldest first: the same years /maal/<goal>/ lists. */
export function otherYears(goalId: string, timeline: readonly TimelineEntry[], year: number): OtherYear[] {
  return timeline
    .filter((entry) => entry.year !== year)
    .map((entry) => ({
      year: entry.year,
      href: entry.letterOnSite ? yearGoalPath(entry.year, goalId) : yearPath(entry.year),
      number: entry.number === null ? null : `Mål ${entry.number}`,
      wording: entry.wording,
      paraphrase: entry.paraphrase,
      certainty: certaintyLabel(entry.certainty),
      announced: entry.status === 'announced',
    }));
}
