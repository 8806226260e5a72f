import { z } from 'astro/zod';

/** Where a year's goal list is documented. */
export const goalYearSourceSchema = z
  .object({
    /** The publisher and title of the source, in Danish. */
    name: z.string().min(1),
    /** The source's address: a public URL, or a path on this site for a letter it holds. */
    url: z.string().regex(/^(?:https:\/\/|\/)/, 'must be an https:// URL or a path on this site'),
    /** What the source says about the year, in Danish, e.g. that the goals were carried on. */
    note: z.string().min(1).optional(),
  })
  .strict();

/** One goal as a source records it for a year without a letter on the site. */
export const goalYearGoalSchema = (goalIds: readonly string[]) =>
  z
    .object({
      /** The registry goal on the same subject (content/goals/<id>.md), or null when none. */
      goal: z
        .string()
        .refine((id) => goalIds.includes(id), {
          error: (issue) => `unknown goal id '${String(issue.input)}' (known: ${goalIds.join(', ')})`,
        })
        .nullable(),
      /** The goal's number, or null when the source gives none. */
      number: z.number().int().positive().nullable(),
      /** The exact Danish wording, only where a verified source gives it word for word; else null. */
      wording: z.string().min(1).nullable(),
      /** A Danish description in the site's own words, shown marked as a paraphrase. */
      paraphrase: z.string().min(1).nullable(),
      /** `stood`: the goal was among the year's goals; `announced`: the source says it was to be added. */
      status: z.enum(['stood', 'announced']).default('stood'),
    })
    .strict()
    .refine((goal) => goal.wording !== null || goal.paraphrase !== null, {
      message: 'a goal needs its verified wording or a paraphrase',
    });

/**
 * The frontmatter-free record content/goal-years/<year>.yaml: a goals year the site has
 * no letter for, with the goal list only as far as a verified source gives it.
 */
export const goalYearSchema = (goalIds: readonly string[]) =>
  z
    .object({
      /** The goals year. */
      year: z.number().int().min(2000).max(2100),
      /** The minister who announced the goals, when the source names them. */
      minister: z.string().min(1).optional(),
      /** Whether the site holds the letter's text for the year; false for every record here. */
      letterOnSite: z.literal(false),
      /** True when the source gives the whole list, false when it names only some goals. */
      complete: z.boolean(),
      /** The year's goals in the source's order. */
      goals: z.array(goalYearGoalSchema(goalIds)).min(1),
      /** The sources, at least one. */
      sources: z.array(goalYearSourceSchema).min(1),
    })
    .strict();

export type GoalYear = z.infer<ReturnType<typeof goalYearSchema>>;
export type GoalYearGoal = GoalYear['goals'][number];
export type GoalYearSource = z.infer<typeof goalYearSourceSchema>;
