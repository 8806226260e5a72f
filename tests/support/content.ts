/**
 * `astro:content` for unit tests: the collections of src/content.config.ts, each loaded by its
 * own loader and checked by its own schema, into a plain store instead of Astro's. A test file
 * that needs collections, directly or through a module it tests, says so:
 *
 *     vi.mock('astro:content', () => import('../../support/content.ts'));
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';

export interface TestEntry<Data = unknown> {
  id: string;
  collection: string;
  data: Data;
  body?: string | undefined;
  filePath?: string | undefined;
}

interface TestCollection {
  loader: { load: (context: LoaderContext) => Promise<void> };
  schema: z.ZodType;
}

/** content.config.ts calls this through the mock; a collection is its loader and schema. */
export function defineCollection<C>(collection: C): C {
  return collection;
}

/** What Astro's markdown, MDX and YAML entry types give the glob loader: frontmatter or data, and the body. */
function entryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }): {
  data: unknown;
  body?: string;
} {
  if (fileUrl.pathname.endsWith('.yaml')) return { data: parse(contents) };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(contents);
  if (!match) throw new Error(`${fileUrl.pathname}: no YAML frontmatter between --- lines`);
  return { data: parse(match[1] ?? ''), body: (match[2] ?? '').trim() };
}
const entryTypes = new Map(
  ['.md', '.mdx', '.yaml'].map((extension) => [extension, { getEntryInfo: entryInfo }]),
);

async function runLoader(name: string, { loader, schema }: TestCollection): Promise<TestEntry[]> {
  const entries = new Map<string, TestEntry>();
  const root = pathToFileURL(`${process.cwd()}/`);
  const store = {
    get: (id: string) => entries.get(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    set: (entry: Omit<TestEntry, 'collection'>) => (
      entries.set(entry.id, { ...entry, collection: name }),
      true
    ),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const quiet = (): void => {};
  await loader.load({
    collection: name,
    config: { root, srcDir: new URL('src/', root) },
    logger: { info: quiet, debug: quiet, warn: console.warn, error: console.error },
    store,
    entryTypes,
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
    parseData: async ({ id, data, filePath }: { id: string; data: unknown; filePath?: string }) => {
      const result = schema.safeParse(data);
      if (!result.success) throw new Error(`${filePath ?? `${name}/${id}`}: ${result.error.message}`);
      return result.data;
    },
  } as unknown as LoaderContext);
  return [...entries.values()];
}

const loaded = new Map<string, Promise<TestEntry[]>>();
const byId = (a: TestEntry, b: TestEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function readCollection(name: string): Promise<TestEntry[]> {
  // Imported on first use: the config imports `astro:content`, which is this module.
  const { collections } = (await import('../../src/content.config.ts')) as unknown as {
    collections: Record<string, TestCollection>;
  };
  const collection = collections[name];
  if (!collection) throw new Error(`astro:content test double: no collection '${name}'`);
  // In id order, as Astro's store returns them.
  return (await runLoader(name, collection)).sort(byId);
}

function load(name: string): Promise<TestEntry[]> {
  let entries = loaded.get(name);
  if (!entries) loaded.set(name, (entries = readCollection(name)));
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
