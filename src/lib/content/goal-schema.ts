import { z } from 'astro/zod';

/** The frontmatter of content/goals/<id>.md; the file name is the goal's id and URL slug. */
export const goalSchema = z
  .object({
    /** A short Danish name for the goal. */
    title: z.string().min(1),
    /** The goal's number in the letters of 2022-2024. */
    number: z.number().int().positive(),
    /** The wording as the letters give it. */
    wording: z.string().min(1),
    /** The goals years in which the goal stood, as far as a source verifies. */
    years: z.array(z.number().int()).min(1),
    /** The id of the indicator that tracked the goal, or null where none existed. */
    indicator: z.string().nullable(),
    /** One plain-language sentence for citizens; also the meta description. */
    summary: z.string().min(1),
  })
  .strict();

export type Goal = z.infer<typeof goalSchema>;
