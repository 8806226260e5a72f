import type { GoalYear, GoalYearSource } from '../content/goal-year-schema.ts';
import type { ListedGoal } from './compare-goal-lists.ts';

/** A year's goal list from a letter on the site. */
export interface LetterYear {
  year: number;
  goals: readonly ListedGoal[];
}

/**
 * Where a year's entry comes from: a letter on the site (exact wording), a goal-year record
 * with a cited source, or only the goal registry's list of years.
 */
export type TimelineBasis = 'letter' | 'record' | 'registry';

/**
 * `stood`: the goal itself was among the year's goals. `related`: the source lists a goal on
 * the same subject, which the registry does not count as this goal. `announced`: the source
 * says a goal on the subject was to be added.
 */
export type TimelineStatus = 'stood' | 'related' | 'announced';

/** How the goal compares with the entry before it. `unknown` when either wording is not verified. */
export type TimelineChange =
  'first' | 'unchanged' | 'reworded' | 'renumbered' | 'reworded-renumbered' | 'unknown';

export interface TimelineEntry {
  year: number;
  basis: TimelineBasis;
  status: TimelineStatus;
  /** The goal's number, or null when no source gives it. */
  number: number | null;
  /** The exact wording, or null when no verified source gives it. */
  wording: string | null;
  /** The site's own description, for years where the wording is not verified. */
  paraphrase: string | null;
  /** Whether the site holds the year's letter. */
  letterOnSite: boolean;
  /** The sources of a goal-year record; empty for letters and registry-only years. */
  sources: readonly GoalYearSource[];
  change: TimelineChange;
}

type Unchained = Omit<TimelineEntry, 'change'>;

// Sources differ in whether a list item ends with a full stop; that is layout, not a rewording.
const comparable = (wording: string): string => wording.trim().replace(/\.$/, '');

function changeFrom(previous: Unchained | undefined, entry: Unchained): TimelineChange {
  if (!previous) return 'first';
  if (previous.wording === null || entry.wording === null) return 'unknown';
  const reworded = comparable(previous.wording) !== comparable(entry.wording);
  // A number is only renumbered where both years' sources give one.
  const renumbered = previous.number !== null && entry.number !== null && previous.number !== entry.number;
  if (reworded && renumbered) return 'reworded-renumbered';
  if (reworded) return 'reworded';
  return renumbered ? 'renumbered' : 'unchanged';
}

function fromLetter(goalId: string, letter: LetterYear): Unchained | undefined {
  const item = letter.goals.find((goal) => goal.goal === goalId);
  if (!item) return undefined;
  const { number, wording } = item;
  return {
    year: letter.year,
    basis: 'letter',
    status: 'stood',
    number,
    wording,
    paraphrase: null,
    letterOnSite: true,
    sources: [],
  };
}

function fromRecord(
  goalId: string,
  record: GoalYear,
  registryYears: readonly number[],
): Unchained | undefined {
  const item = record.goals.find((goal) => goal.goal === goalId);
  if (!item) return undefined;
  const status: TimelineStatus =
    item.status === 'announced' ? 'announced' : registryYears.includes(record.year) ? 'stood' : 'related';
  return {
    year: record.year,
    basis: 'record',
    status,
    number: item.number,
    wording: item.wording,
    paraphrase: item.paraphrase,
    letterOnSite: false,
    sources: record.sources,
  };
}

function fromRegistry(year: number): Unchained {
  return {
    year,
    basis: 'registry',
    status: 'stood',
    number: null,
    wording: null,
    paraphrase: null,
    letterOnSite: false,
    sources: [],
  };
}

/**
 * A goal's history year by year: letters first, then goal-year records, then the years the
 * registry says the goal stood but no list on the site shows. Oldest year first.
 */
export function buildGoalTimeline(
  goalId: string,
  registryYears: readonly number[],
  letters: readonly LetterYear[],
  records: readonly GoalYear[],
): TimelineEntry[] {
  const byYear = new Map<number, Unchained>();
  for (const letter of letters) {
    const entry = fromLetter(goalId, letter);
    if (entry) byYear.set(letter.year, entry);
  }
  for (const record of records) {
    const entry = byYear.has(record.year) ? undefined : fromRecord(goalId, record, registryYears);
    if (entry) byYear.set(record.year, entry);
  }
  for (const year of registryYears) if (!byYear.has(year)) byYear.set(year, fromRegistry(year));
  const entries = [...byYear.values()].sort((a, b) => a.year - b.year);
  return entries.map((entry, i) => ({ ...entry, change: changeFrom(entries[i - 1], entry) }));
}

const CHANGE_LABELS: Record<TimelineChange, string> = {
  first: 'Første år, sitet har oplysninger om',
  unchanged: 'Uændret',
  reworded: 'Ny ordlyd',
  renumbered: 'Nyt nummer',
  'reworded-renumbered': 'Ny ordlyd og nyt nummer',
  unknown: 'Kan ikke sammenlignes: ordlyden er ikke bekræftet for begge år',
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
