import { z } from 'astro/zod';

/** Who signed the letter, as the signature block gives it. */
export const senderSchema = z.object({
  /** The minister's name. */
  name: z.string().min(1),
  /** The office under the name, e.g. "Beskæftigelsesminister". */
  office: z.string().min(1),
});

/** A date the letter's own text gives; never an inferred sending date. */
export const letterDateSchema = z.object({
  /** The date, written as YYYY-MM-DD in the frontmatter. */
  date: z.coerce.date(),
  /** What happened on the date, in Danish. */
  label: z.string().min(1),
});

/** One goal as the letter lists it. */
export const letterGoalSchema = (goalIds: readonly string[]) =>
  z.object({
    /** The goal's number in the letter's list. */
    number: z.number().int().positive(),
    /** The goal registry id (content/goals/<id>.md). */
    goal: z.string().refine((id) => goalIds.includes(id), {
      error: (issue) => `unknown goal id '${String(issue.input)}' (known: ${goalIds.join(', ')})`,
    }),
    /** The goal's wording, word for word as in the letter. */
    wording: z.string().min(1),
    /** 1-based indices of the body blocks that discuss the goal. */
    paragraphs: z.array(z.number().int().positive()).default([]),
  });

/** Where the text comes from. */
export const letterSourceSchema = z
  .object({
    /** A plain description of the source document. */
    title: z.string().min(1),
    /** The file the text was transcribed from. */
    file: z.string().min(1),
    /** How the text was prepared, e.g. rejoined line-end hyphenation. */
    note: z.string().optional(),
    /** A case-file marking printed on the source, kept out of the body. */
    marking: z.string().optional(),
    /** A public copy of the original document (the ministry's or STAR's PDF or page), where one exists. */
    url: z
      .string()
      .regex(/^https:\/\//, 'must be an https:// URL')
      .optional(),
    /** Where the text came from and what was searched, in Danish, where no public copy is known. */
    provenance: z.string().min(1).optional(),
  })
  .refine((source) => source.url !== undefined || source.provenance !== undefined, {
    message: 'a letter links its public original (url) or says where the text came from (provenance)',
    path: ['url'],
  });

/** A dated note on a significant change to the page, GOV.UK style. */
export const changeNoteSchema = z.object({
  date: z.coerce.date(),
  /** What changed, in Danish. */
  note: z.string().min(1),
});

/** The frontmatter of content/letters/<year>.mdx. */
export const letterSchema = (goalIds: readonly string[]) =>
  z
    .object({
      /** The goals year the letter sets goals for. */
      year: z.number().int().min(2000).max(2100),
      /** The letter's title line, word for word. */
      title: z.string().min(1),
      /** Announcement to the municipalities, or consultation of Beskæftigelsesrådet. */
      kind: z.enum(['udmelding', 'hoering']),
      sender: senderSchema,
      /** Who the letter is addressed to, in plain words. */
      recipients: z.string().min(1),
      /** Dates the text itself gives. Empty when it gives none. */
      dates: z.array(letterDateSchema).default([]),
      /** The goals in the letter's order. */
      goals: z.array(letterGoalSchema(goalIds)).min(1),
      /** True when the letter carries on the goals of the year before; null when it does not say. */
      carriedOn: z.boolean().nullable().default(null),
      /** When and where the goals were announced, for a letter that does not date it itself. */
      announcement: z
        .object({
          /** The announcement's date as the source gives it (YYYY-MM-DD). */
          date: z.coerce.date(),
          /** The publisher and title of the source. */
          title: z.string().min(1),
          /** The source's public address. */
          url: z.string().regex(/^https:\/\//, 'must be an https:// URL'),
        })
        .strict()
        .optional(),
      source: letterSourceSchema,
      /** First published on this site. */
      published: z.coerce.date(),
      /** Change notes, newest last. */
      changes: z.array(changeNoteSchema).default([]),
    })
    .strict();

export type Letter = z.infer<ReturnType<typeof letterSchema>>;
export type LetterGoal = Letter['goals'][number];
export type ChangeNote = z.infer<typeof changeNoteSchema>;
