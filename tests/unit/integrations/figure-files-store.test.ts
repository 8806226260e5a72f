import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFigureFile, figureStore } from '../../../src/integrations/figure-files-store.ts';

describe('addFigureFile', () => {
  afterEach(() => {
    figureStore().staging = undefined;
    figureStore().files.clear();
  });

  it('keeps a file in memory outside a build, where the dev server serves it', () => {
    addFigureFile('/kommuner/aarhus/opkvalificering-graf.csv', 'periode\r\n');
    expect(figureStore().files.get('/kommuner/aarhus/opkvalificering-graf.csv')).toBe('periode\r\n');
  });

  it('writes a file to the staging folder during a build and keeps nothing in memory', () => {
    const staging = mkdtempSync(join(tmpdir(), 'figure-files-'));
    try {
      figureStore().staging = staging;
      addFigureFile('/kommuner/aarhus/opkvalificering-graf-excel.csv', '\ufeffperiode\r\n');
      expect(readFileSync(join(staging, 'kommuner/aarhus/opkvalificering-graf-excel.csv'), 'utf8')).toBe(
        '\ufeffperiode\r\n',
      );
      expect(figureStore().files.size).toBe(0);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });

  it('shares one store between copies of the module, as Astro bundles one for rendering', async () => {
    const path = '../../../src/integrations/figure-files-store.ts?copy';
    const copy = (await import(/* @vite-ignore */ path)) as { figureStore: typeof figureStore };
    expect(copy.figureStore).not.toBe(figureStore);
    expect(copy.figureStore()).toBe(figureStore());
  });
});
