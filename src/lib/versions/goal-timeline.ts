import type { YearGoal, YearView } from '../content/year-view.ts';

/** How the goal compares with the entry before it. `unknown` when either wording is not verified. */
export type TimelineChange =
  'first' | 'unchanged' | 'reworded' | 'renumbered' | 'reworded-renumbered' | 'unknown';

export interface TimelineEntry extends YearGoal {
  year: number;
  /** Whether the site holds the year's letter. */
  letterOnSite: boolean;
  change: TimelineChange;
}

// Sources differ in whether a list item ends with a full stop; that is layout, not a rewording.
const comparable = (wording: string): string => wording.trim().replace(/\.$/, '');

/** True when two wordings differ in more than a final full stop. */
export function isReworded(before: string, after: string): boolean {
  return comparable(before) !== comparable(after);
}

function changeFrom(previous: YearGoal | undefined, entry: YearGoal): TimelineChange {
  if (!previous) return 'first';
  if (previous.wording === null || entry.wording === null) return 'unknown';
  const reworded = isReworded(previous.wording, entry.wording);
  // A number is only renumbered where both years' sources give one.
  const renumbered = previous.number !== null && entry.number !== null && previous.number !== entry.number;
  if (reworded && renumbered) return 'reworded-renumbered';
  if (reworded) return 'reworded';
  return renumbered ? 'renumbered' : 'unchanged';
}

/** A goal's history year by year, from the years whose sources list it. Oldest year first. */
export function buildGoalTimeline(goalId: string, years: readonly YearView[]): TimelineEntry[] {
  const entries = years.flatMap((view) =>
    view.goals
      .filter((goal) => goal.goal === goalId)
      .map((goal) => ({ ...goal, year: view.year, letterOnSite: view.letter })),
  );
  entries.sort((a, b) => a.year - b.year);
  return entries.map((entry, i) => ({ ...entry, change: changeFrom(entries[i - 1], entry) }));
}

const CHANGE_LABELS: Record<TimelineChange, string> = {
  first: 'Første år, sitet har oplysninger om',
  unchanged: 'Uændret',
  reworded: 'Ny ordlyd',
  renumbered: 'Nyt nummer',
  'reworded-renumbered': 'Ny ordlyd og nyt nummer',
  unknown: 'Kan ikke sammenlignes: ordlyden er ikke kendt for begge år',
};

/** The Danish label of a timeline change. */
export function timelineChangeLabel(change: TimelineChange): string {
  return CHANGE_LABELS[change];
}

/** The years whose verified wording differs from the year before. */
export function yearsOfRewording(entries: readonly TimelineEntry[]): number[] {
  return entries
    .filter((entry) => entry.change === 'reworded' || entry.change === 'reworded-renumbered')
    .map((entry) => entry.year);
}

/** The years in which the goal stood (not only announced), oldest first. */
export function yearsInForce(entries: readonly TimelineEntry[]): number[] {
  return [...new Set(entries.filter((entry) => entry.status === 'stood').map((entry) => entry.year))];
}
