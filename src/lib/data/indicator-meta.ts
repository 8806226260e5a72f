import { z } from 'astro/zod';
import { SAMPLE_LABEL } from '../site.ts';

/** The goals that had a Jobindsats indicator (goals 2, 3 and 5 of 2022–2024). */
export const GOAL_IDS = [
  'opkvalificering',
  'flygtninge-selvforsoergelse',
  'kvalificeret-arbejdskraft',
] as const;

export const goalIdSchema = z.enum(GOAL_IDS);

export const unitSchema = z.enum(['pct', 'antal']);

export const periodicitySchema = z.enum(['month', 'quarter', 'year']);

export const indicatorSourceSchema = z
  .object({
    /** Publisher of the figures, always "Jobindsats.dk". */
    name: z.literal('Jobindsats.dk'),
    /** Jobindsats table or section the figures come from, e.g. "Y21" or "Ministerens mål". */
    table: z.string().min(1),
    /** Jobindsats measurement id, e.g. "MM13". */
    measure: z.string().min(1),
    /** Public page of the table, when known. */
    url: z.url().optional(),
  })
  .strict();

export const indicatorMetaSchema = z
  .object({
    /** Folder name and URL segment, lowercase ASCII with hyphens, e.g. "mm13". */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Full Danish title as Jobindsats words it. */
    title: z.string().min(1),
    /** Short Danish title for tables, legends and menus. */
    shortTitle: z.string().min(1),
    /** Danish definition: population, what counts, and caveats. */
    definition: z.string().min(1),
    /** `pct` for shares in percent (0–100), `antal` for counts. */
    unit: unitSchema,
    /** The goals this indicator measured. */
    goals: z.array(goalIdSchema).min(1),
    /** The goal years in which it measured them. */
    years: z.array(z.int().min(2000).max(2100)).min(1),
    /** Where the figures come from. */
    source: indicatorSourceSchema,
    /** How often the indicator is measured; every snapshot must use this periodicity. */
    periodicity: periodicitySchema,
    /** True when the figures are generated demonstration data, not official statistics. */
    sample: z.boolean(),
    /** When the indicator page was first published on this site, `YYYY-MM-DD`. */
    published: z.iso.date().optional(),
    /** Dated notes on significant changes to the indicator page (not new snapshots), oldest first. */
    changes: z.array(z.object({ date: z.iso.date(), note: z.string().min(1) }).strict()).default([]),
  })
  .strict();

export type GoalId = z.infer<typeof goalIdSchema>;
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;
export type IndicatorMeta = z.infer<typeof indicatorMetaSchema>;

/** The label a sample indicator carries wherever its figures are shown; undefined for real data. */
export function sampleLabelOf(meta: Pick<IndicatorMeta, 'sample'>): string | undefined {
  return meta.sample ? SAMPLE_LABEL : undefined;
}
