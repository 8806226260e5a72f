import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { goalSchema } from './lib/content/goal-schema.ts';
import { letterSchema } from './lib/content/letter-schema.ts';
import { readGoalIds } from './lib/content/goal-ids.ts';
import { lettersLoader } from './lib/content/letters-loader.ts';

// Alternative roots let tests and the scale benchmark build other sites with the same code.
const contentDir = process.env['SITE_CONTENT_DIR'] ?? 'content';

const goals = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/goals` }),
  schema: goalSchema,
});

const letters = defineCollection({
  loader: lettersLoader(`${contentDir}/letters`),
  schema: letterSchema(readGoalIds(`${contentDir}/goals`)),
});

export const collections = { goals, letters };
