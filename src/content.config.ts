import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { goalSchema } from './lib/content/goal-schema.ts';
import { letterSchema } from './lib/content/letter-schema.ts';
import { goalYearSchema } from './lib/content/goal-year-schema.ts';
import { readGoalIds } from './lib/content/goal-ids.ts';
import { lettersLoader } from './lib/content/letters-loader.ts';
import { indicatorEntrySchema, indicatorLoader } from './lib/data/loader.ts';
import { areaSchema } from './lib/data/areas.ts';
import { areasLoader } from './lib/data/areas-loader.ts';

// Alternative roots let tests and the scale benchmark build other sites with the same code.
const contentDir = process.env['SITE_CONTENT_DIR'] ?? 'content';
const dataDir = process.env['SITE_DATA_DIR'] ?? 'data';

const goals = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/goals` }),
  schema: goalSchema,
});

const letters = defineCollection({
  loader: lettersLoader(`${contentDir}/letters`),
  schema: letterSchema(readGoalIds(`${contentDir}/goals`)),
});

// Goal lists of years the site has no letter for, as far as a verified source gives them.
const goalYears = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/goal-years` }),
  schema: goalYearSchema(readGoalIds(`${contentDir}/goals`)),
});

// Indicator metadata and every published snapshot, validated; any bad row stops the build.
const indicators = defineCollection({
  loader: indicatorLoader({ dataDir }),
  schema: indicatorEntrySchema,
});

// The country, the 5 regions and the 98 municipalities, keyed by code.
const areas = defineCollection({
  loader: areasLoader({ dataDir }),
  schema: areaSchema,
});

export const collections = { goals, letters, goalYears, indicators, areas };
