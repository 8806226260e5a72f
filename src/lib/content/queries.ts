import { getCollection, type CollectionEntry } from 'astro:content';
import { goalRows, type GoalRow } from './goal-rows.ts';
import { archiveYears, buildYearViews, searchedYears, type ArchiveYear, type YearView } from './year-view.ts';

export type LetterEntry = CollectionEntry<'letters'>;
export type GoalEntry = CollectionEntry<'goals'>;

/** All letters, oldest year first. */
export async function getLetters(): Promise<LetterEntry[]> {
  const letters = await getCollection('letters');
  return letters.sort((a, b) => a.data.year - b.data.year);
}

/** A goal of the last letters (2022-2024): it has their number and wording. */
export type CurrentGoalEntry = GoalEntry & { data: { number: number; wording: string } };

const isCurrent = (goal: GoalEntry): goal is CurrentGoalEntry =>
  goal.data.number !== null && goal.data.wording !== null;

/** All goals in the registry: the current goals by number, then the earlier ones by id. */
export async function getGoals(): Promise<GoalEntry[]> {
  const goals = await getCollection('goals');
  const numberOf = (goal: GoalEntry): number => goal.data.number ?? Infinity;
  return goals.sort((a, b) => numberOf(a) - numberOf(b) || a.id.localeCompare(b.id));
}

/** The goals of the last letters, by number: the goals area pages and indicators follow. */
export async function getCurrentGoals(): Promise<CurrentGoalEntry[]> {
  return (await getGoals()).filter(isCurrent);
}

/** The goal registry as a map from id to entry. */
export async function getGoalMap(): Promise<Map<string, GoalEntry>> {
  return new Map((await getGoals()).map((goal) => [goal.id, goal]));
}

/** The goal lists of years the site has no letter for. */
export async function getGoalYears(): Promise<CollectionEntry<'goalYears'>[]> {
  return getCollection('goalYears');
}

let yearViews: Promise<YearView[]> | undefined;

/** Every year with goals, from the letters and the goal-year records, oldest first; built once. */
export function getYearViews(): Promise<YearView[]> {
  yearViews ??= Promise.all([getLetters(), getGoalYears()]).then(([letters, records]) =>
    buildYearViews(
      letters.map((letter) => letter.data),
      records.map((record) => record.data),
    ),
  );
  return yearViews;
}

/**
 * The goals dataset's rows (/data/maal.csv), from the year views the year pages show, so the
 * download says what the pages say. `site` makes the letters' addresses absolute.
 */
export async function getGoalRows(site: URL | undefined): Promise<GoalRow[]> {
  if (!site)
    throw new Error(
      'the goals dataset needs the site URL (astro.config.mjs `site`) for its source addresses',
    );
  const [views, goals] = await Promise.all([getYearViews(), getGoals()]);
  return goalRows(views, new Map(goals.map((goal) => [goal.id, goal.data.title])), site);
}

/** Every year of the archive from 2007, with its view, or what was searched where none was found. */
export async function getArchiveYears(): Promise<ArchiveYear[]> {
  const [views, records] = await Promise.all([getYearViews(), getGoalYears()]);
  return archiveYears(views, searchedYears(records.map((record) => record.data)));
}
