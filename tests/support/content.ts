/**
 * `astro:content` for unit tests: the collections of src/content.config.ts, read from the same
 * files (SITE_CONTENT_DIR and SITE_DATA_DIR as there) through the project's own schemas,
 * parsers and checks, without Astro's content store. A test file that needs collections,
 * directly or through a module it tests, says so:
 *
 *     vi.mock('astro:content', () => import('../../support/content.ts'));
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { goalSchema } from '../../src/lib/content/goal-schema.ts';
import { readGoalIds } from '../../src/lib/content/goal-ids.ts';
import { goalYearSchema } from '../../src/lib/content/goal-year-schema.ts';
import { checkLetters } from '../../src/lib/content/letter-checks.ts';
import { letterSchema } from '../../src/lib/content/letter-schema.ts';
import { areaSchema, readAreaTable } from '../../src/lib/data/areas.ts';
import { indicatorEntrySchema } from '../../src/lib/data/indicator-entry.ts';
import { readIndicators } from '../../src/lib/data/loader.ts';

const contentDir = process.env['SITE_CONTENT_DIR'] ?? 'content';
const dataDir = process.env['SITE_DATA_DIR'] ?? 'data';

export interface TestEntry<Data = unknown> {
  id: string;
  collection: string;
  data: Data;
  body?: string | undefined;
  filePath?: string;
}

/** A file's YAML frontmatter and the text after it, as Astro's glob loader splits them. */
function splitFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  return { data: parse(match[1] ?? ''), body: (match[2] ?? '').trim() };
}

/** The files of a folder with one extension, each as an entry whose id is its name. */
async function entriesIn<Data>(
  collection: string,
  dir: string,
  extension: string,
  read: (text: string, file: string) => { data: Data; body?: string },
): Promise<TestEntry<Data>[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(
    names.map(async (name) => {
      const filePath = join(dir, name);
      const { data, body } = read(await readFile(filePath, 'utf8'), filePath);
      return { id: name.slice(0, -extension.length), collection, data, body, filePath };
    }),
  );
}

function parsed<S extends z.ZodType>(schema: S, file: string, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

const goalIds = (): string[] => readGoalIds(`${contentDir}/goals`);

const collections: Record<string, () => Promise<TestEntry[]>> = {
  goals: () =>
    entriesIn('goals', `${contentDir}/goals`, '.md', (text, file) => {
      const { data, body } = splitFrontmatter(text, file);
      return { data: parsed(goalSchema, file, data), body };
    }),
  letters: async () => {
    const schema = letterSchema(goalIds());
    const letters = await entriesIn('letters', `${contentDir}/letters`, '.mdx', (text, file) => {
      const { data, body } = splitFrontmatter(text, file);
      return { data: parsed(schema, file, data), body };
    });
    const problems = checkLetters(
      letters.map(({ id, filePath, data, body }) => ({ id, filePath, ...data, body: body ?? '' })),
    );
    if (problems.length > 0) throw new Error(`Invalid letters:\n${problems.join('\n')}`);
    return letters;
  },
  goalYears: () => {
    const schema = goalYearSchema(goalIds());
    return entriesIn('goalYears', `${contentDir}/goal-years`, '.yaml', (text, file) => ({
      data: parsed(schema, file, parse(text)),
    }));
  },
  indicators: async () =>
    (await readIndicators(resolve(dataDir))).map((entry) => ({
      id: entry.meta.id,
      collection: 'indicators',
      data: parsed(indicatorEntrySchema, entry.meta.id, entry),
    })),
  areas: async () => {
    const table = await readAreaTable(dataDir);
    return table.all.map((area) => ({
      id: area.code,
      collection: 'areas',
      data: parsed(areaSchema, area.code, { ...area }),
    }));
  },
};

const loaded = new Map<string, Promise<TestEntry[]>>();
const byId = (a: TestEntry, b: TestEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function load(collection: string): Promise<TestEntry[]> {
  const read = collections[collection];
  if (!read) throw new Error(`astro:content test double: no collection '${collection}'`);
  let entries = loaded.get(collection);
  // In id order, as Astro's store returns them.
  if (!entries) loaded.set(collection, (entries = read().then((all) => all.sort(byId))));
  return entries;
}

export async function getCollection(
  collection: string,
  filter?: (entry: TestEntry) => unknown,
): Promise<TestEntry[]> {
  const entries = await load(collection);
  return filter ? entries.filter(filter) : [...entries];
}

export async function getEntry(
  collectionOrReference: string | { collection: string; id: string },
  maybeId?: string,
): Promise<TestEntry | undefined> {
  const [collection, id] =
    typeof collectionOrReference === 'string'
      ? [collectionOrReference, maybeId]
      : [collectionOrReference.collection, collectionOrReference.id];
  return (await load(collection)).find((entry) => entry.id === id);
}

/** MDX needs Astro's compiler: a test of a rendered letter belongs with the build tests. */
export function render(entry: TestEntry): never {
  throw new Error(`astro:content test double: render(${entry.collection}/${entry.id}) needs a build`);
}
