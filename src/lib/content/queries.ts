import { getCollection, type CollectionEntry } from 'astro:content';

export type LetterEntry = CollectionEntry<'letters'>;
export type GoalEntry = CollectionEntry<'goals'>;

/** All letters, oldest year first. */
export async function getLetters(): Promise<LetterEntry[]> {
  const letters = await getCollection('letters');
  return letters.sort((a, b) => a.data.year - b.data.year);
}

/** All goals in the registry, by number. */
export async function getGoals(): Promise<GoalEntry[]> {
  const goals = await getCollection('goals');
  return goals.sort((a, b) => a.data.number - b.data.number || a.id.localeCompare(b.id));
}

/** The goal registry as a map from id to entry. */
export async function getGoalMap(): Promise<Map<string, GoalEntry>> {
  return new Map((await getGoals()).map((goal) => [goal.id, goal]));
}
