import { z } from 'astro/zod';

/** A national figure an official source quotes for the goal: a cited fact, never sample data. */
export const publishedFigureSchema = z
  .object({
    /** The figure as the source states it, in Danish, e.g. "26 pct. i 2. kvartal 2015". */
    figure: z.string().min(1),
    /** Who is counted and how, as the source defines it. */
    definition: z.string().min(1),
    /** The period the figure covers, as the source gives it. */
    period: z.string().min(1),
    /** The source's sentence with the figure, word for word. */
    quote: z.string().min(1),
    /** The publisher and title of the source. */
    source: z.string().min(1),
    /** The source's public address. */
    url: z.string().regex(/^https:\/\//, 'must be an https:// URL'),
  })
  .strict();

/** The frontmatter of content/goals/<id>.md; the file name is the goal's id and URL slug. */
export const goalSchema = z
  .object({
    /** A short Danish name for the goal. */
    title: z.string().min(1),
    /** The goal's number in the letters of 2022-2024; null for a goal that had ended by then. */
    number: z.number().int().positive().nullable(),
    /** The goal's latest wording as a source gives it; null when no source gives the words. */
    wording: z.string().min(1).nullable(),
    /** Why the wordings the years give count as this one goal, in Danish, where they differ. */
    grouping: z.string().min(1).optional(),
    /** The id of the indicator that tracked the goal, or null where none existed. */
    indicator: z.string().nullable(),
    /** One plain-language sentence for citizens; also the meta description. */
    summary: z.string().min(1),
    /** National figures official sources quote for the goal. */
    figures: z.array(publishedFigureSchema).default([]),
  })
  .strict();

export type Goal = z.infer<typeof goalSchema>;
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
