import { z } from 'astro/zod';
import { CERTAINTIES } from './certainty.ts';

/** Where a year's goal list is documented. */
export const goalYearSourceSchema = z
  .object({
    /** The publisher and title of the source, in Danish. */
    title: z.string().min(1),
    /** The source's address: a public URL, or a path on this site for a letter it holds. */
    url: z.string().regex(/^(?:https:\/\/|\/)/, 'must be an https:// URL or a path on this site'),
    /** What the source says about the year, in Danish, e.g. that the goals were carried on. */
    note: z.string().min(1).optional(),
    /** The date the source itself carries (YYYY-MM-DD), where it gives one. */
    date: z.coerce.date().optional(),
    /** What that date is the date of, in Danish, e.g. "Ministerens brev"; required with `date`. */
    dateOf: z.string().min(1).optional(),
    /** The source is a copy of the minister's letter: `whole`, or `partial` when the copy stops before the end. */
    letterCopy: z.enum(['whole', 'partial']).optional(),
  })
  .strict()
  .refine((source) => (source.date === undefined) === (source.dateOf === undefined), {
    message: 'a source with a date says what the date is the date of (dateOf), and only then',
    path: ['dateOf'],
  });

/** One goal as a source records it for a year without a letter on the site. */
export const goalYearGoalSchema = (goalIds: readonly string[]) =>
  z
    .object({
      /** The registry goal (content/goals/<id>.md) this wording belongs to. */
      goal: z.string().refine((id) => goalIds.includes(id), {
        error: (issue) => `unknown goal id '${String(issue.input)}' (known: ${goalIds.join(', ')})`,
      }),
      /** The goal's number, or null when the source gives none. */
      number: z.number().int().positive().nullable(),
      /** The wording exactly as the source gives it; null when the source only paraphrases. */
      wording: z.string().min(1).nullable(),
      /** A Danish description in the site's own words, for a goal whose wording no source gives. */
      paraphrase: z.string().min(1).nullable(),
      /** How sure the wording is: see CERTAINTIES. */
      certainty: z.enum(CERTAINTIES),
      /** The 1-based index of the year's source that gives the goal; default the first. */
      source: z.number().int().positive().default(1),
      /** `stood`: the goal was among the year's goals; `announced`: the source says it was to be added. */
      status: z.enum(['stood', 'announced']).default('stood'),
    })
    .strict()
    .refine((goal) => (goal.certainty === 'omskrivning') === (goal.wording === null), {
      message: 'a goal has a wording unless its certainty is omskrivning, and then a paraphrase',
      path: ['wording'],
    })
    .refine((goal) => goal.wording !== null || goal.paraphrase !== null, {
      message: 'a goal needs its wording or a paraphrase',
      path: ['paraphrase'],
    });

/**
 * content/goal-years/<year>.yaml: what the sources show of a year's goals, for a year the site
 * has no letter for. A year no source was found for has a record without sources, saying where
 * the site searched.
 */
export const goalYearSchema = (goalIds: readonly string[]) =>
  z
    .object({
      /** The goals year. */
      year: z.number().int().min(2000).max(2100),
      /** First published on this site, as its own page. */
      published: z.coerce.date(),
      /** The minister who announced the goals, when a source names them. */
      minister: z.string().min(1).optional(),
      /** When the goals were announced, as a source dates it (YYYY-MM-DD). */
      announced: z.coerce.date().optional(),
      /** True when a source says the goals were carried on from the year before, false when one says they were new; else null. */
      carriedOn: z.boolean().nullable(),
      /** True when the sources give the whole list, false when they name only some goals. */
      complete: z.boolean(),
      /** How many goals the year had, when a source says so but does not give them all. */
      goalCount: z.number().int().positive().optional(),
      /** What the sources show and lack, in Danish, when the list alone does not say it. */
      note: z.string().min(1).optional(),
      /** The year's goals in the source's order. */
      goals: z.array(goalYearGoalSchema(goalIds)),
      /** The sources; empty only for a year no source was found for. */
      sources: z.array(goalYearSourceSchema),
      /** Where the site searched for the year's goals, in Danish, one search a line. */
      searched: z.array(z.string().min(1)).optional(),
    })
    .strict()
    .superRefine((record, context) => {
      record.goals.forEach((goal, i) => {
        if (goal.source > record.sources.length)
          context.addIssue({
            code: 'custom',
            path: ['goals', i, 'source'],
            message: `source ${goal.source} does not exist: the record lists ${record.sources.length}`,
          });
      });
      if (
        record.sources.length === 0 &&
        (record.goals.length > 0 || (record.searched ?? []).length === 0 || !record.note)
      )
        context.addIssue({
          code: 'custom',
          path: ['sources'],
          message:
            'a record without sources has no goals, a note and the searches that found nothing (searched)',
        });
      if (record.goals.length === 0 && record.goalCount === undefined && record.note === undefined)
        context.addIssue({
          code: 'custom',
          path: ['goals'],
          message: 'a record without goals needs a goalCount or a note saying what the sources show',
        });
    });

export type GoalYear = z.infer<ReturnType<typeof goalYearSchema>>;
export type GoalYearGoal = GoalYear['goals'][number];
export type GoalYearSource = z.infer<typeof goalYearSourceSchema>;
