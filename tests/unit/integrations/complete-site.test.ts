import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { completeSite, FINISHING_STEPS } from '../../../src/integrations/complete-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'complete-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's two hooks as `astro build` does, with steps written into a temporary root. */
async function build(steps: Record<string, string>): Promise<void> {
  for (const [script, source] of Object.entries(steps)) writeFileSync(join(dir, script), source);
  const integration = completeSite(Object.keys(steps).map((script) => ({ name: script, script })));
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${dir}/`) } });
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${dir}/dist/`),
    logger,
    pages: [],
    assets: new Map(),
  });
}

describe('completeSite', () => {
  it('runs the preview images, then the search index, after Astro has written the pages', () => {
    expect(FINISHING_STEPS.map(({ script }) => script)).toEqual([
      'scripts/render-og-images.ts',
      'scripts/index-search.ts',
    ]);
  });

  it('runs each step in a process of its own with the output folder', async () => {
    const script = `import { writeFileSync } from 'node:fs';
writeFileSync('seen.txt', JSON.stringify([process.pid, process.argv.slice(2)]));`;
    await build({ 'step.ts': script });
    const [pid, args] = JSON.parse(readFileSync(join(dir, 'seen.txt'), 'utf8')) as [number, string[]];
    expect(pid).not.toBe(process.pid);
    expect(args).toEqual(['--outDir', join(dir, 'dist/')]);
  });

  it('fails the build, naming the step, when a step fails', async () => {
    await expect(build({ 'broken.ts': 'process.exit(2);' })).rejects.toThrow(
      'The broken.ts step (broken.ts) failed with exit code 2',
    );
  });
});
