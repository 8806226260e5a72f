import type { Certainty } from './certainty.ts';
import type { YearView } from './year-view.ts';

/**
 * One goal in one year, as the archive's goals dataset publishes it (/data/maal.csv). The field
 * names are the CSV's header and the JSON's keys; GOAL_FIELDS describes each.
 */
export interface GoalRow {
  year: number;
  /** The goal's number in the year's list; null where the source gives none. */
  number: number | null;
  /** The registry id (content/goals/<id>.md), also the goal's URL slug. */
  goal_id: string;
  /** The registry's short Danish name for the goal. */
  goal_name: string;
  /** The wording exactly as the source gives it; null where no source gives it. */
  wording: string | null;
  /** The site's own description, where no source gives the wording. */
  paraphrase: string | null;
  certainty: Certainty;
  /** `announced`: the source says the goal was to be added, not that it stood. */
  status: 'stood' | 'announced';
  source_title: string;
  /** The source's absolute address; a letter on the site is its year page. */
  source_url: string;
  /** What the sources say of the year: true, it carried on the goals of the year before; false, they were new. */
  carried_on: boolean | null;
}

/** Every goal of every year, oldest year first and in each year's order, as the dataset's rows. */
export function goalRows(
  views: readonly YearView[],
  goalNames: ReadonlyMap<string, string>,
  site: URL | string,
): GoalRow[] {
  return views.flatMap((view) =>
    view.goals.map((goal) => ({
      year: view.year,
      number: goal.number,
      goal_id: goal.goal,
      goal_name: goalNames.get(goal.goal) ?? goal.goal,
      wording: goal.wording,
      paraphrase: goal.paraphrase,
      certainty: goal.certainty,
      status: goal.status,
      source_title: goal.source.title,
      source_url: new URL(goal.source.url, site).href,
      carried_on: view.carriedOn,
    })),
  );
}
