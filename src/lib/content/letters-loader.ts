import { glob, type Loader } from 'astro/loaders';
import { checkLetters, type StoredLetter } from './letter-checks.ts';

/** The glob loader for content/letters, plus the checks no single entry's schema can make. */
export function lettersLoader(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'letters-loader',
    load: async (context) => {
      await files.load(context);
      const letters: StoredLetter[] = context.store.values().map((entry) => ({
        id: entry.id,
        filePath: entry.filePath,
        year: Number(entry.data['year']),
        goals: (entry.data['goals'] ?? []) as StoredLetter['goals'],
        body: entry.body ?? '',
      }));
      const problems = checkLetters(letters);
      if (problems.length > 0) {
        throw new Error(`Invalid letters:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      }
    },
  };
}
