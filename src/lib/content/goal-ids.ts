import { readdirSync } from 'node:fs';

/** The ids of the goal registry: the names of content/goals/*.md. */
export function readGoalIds(goalsDir: string): string[] {
  return readdirSync(goalsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}
