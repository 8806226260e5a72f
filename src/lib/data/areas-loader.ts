import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseAreas } from './areas.ts';

/** One area as pages read it: the country, a region or a municipality. */
export const areaSchema = z.object({
  /** "000", a region code 1081-1085, or a 3-digit kommunekode. */
  code: z.string().regex(/^\d{3,4}$/),
  /** Current Danish name. */
  name: z.string().min(1),
  /** URL segment, lowercase ASCII. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['country', 'region', 'municipality']),
  /** The region of a municipality; null otherwise. */
  regionCode: z.string().nullable(),
  /** A municipality's other names (kommune-aliases.csv): former names, other spellings. Search finds the area by them. */
  aliases: z.array(z.string().min(1)),
});

export type AreaData = z.infer<typeof areaSchema>;

/** Astro content loader for data/reference/kommuner.csv and its aliases, keyed by area code. */
export function areasLoader({ base = 'data/reference' }: { base?: string } = {}): Loader {
  return {
    name: 'areas-loader',
    schema: areaSchema,
    load: async ({ store, parseData, config }) => {
      const dir = resolve(fileURLToPath(config.root), base);
      const read = (file: string): Promise<string> => readFile(resolve(dir, file), 'utf8');
      const table = parseAreas(await read('kommuner.csv'), await read('kommune-aliases.csv'));
      store.clear();
      for (const area of table.all) {
        store.set({ id: area.code, data: await parseData({ id: area.code, data: { ...area } }) });
      }
    },
  };
}
