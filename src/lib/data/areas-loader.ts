import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { areaSchema, readAreaTable } from './areas.ts';

/** Astro content loader for `<dataDir>/reference/kommuner.csv` and its aliases, keyed by area code. */
export function areasLoader({ dataDir = 'data' }: { dataDir?: string } = {}): Loader {
  return {
    name: 'areas-loader',
    schema: areaSchema,
    load: async ({ store, parseData, config }) => {
      const table = await readAreaTable(resolve(fileURLToPath(config.root), dataDir));
      store.clear();
      for (const area of table.all) {
        store.set({ id: area.code, data: await parseData({ id: area.code, data: { ...area } }) });
      }
    },
  };
}
