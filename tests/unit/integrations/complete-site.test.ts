import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { completeSite, STEPS_AFTER_ASTRO_ENV } from '../../../src/integrations/complete-site.ts';
import { FINISHING_STEPS } from '../../../src/integrations/finishing-steps.ts';

const dir = mkdtempSync(join(tmpdir(), 'complete-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's two hooks as `astro build` does, with steps written into a temporary root. */
async function build(steps: Record<string, string>, budgetBytes?: number): Promise<void> {
  for (const [script, source] of Object.entries(steps)) writeFileSync(join(dir, script), source);
  const integration = completeSite({
    steps: Object.keys(steps).map((script) => ({ name: script, script })),
    ...(budgetBytes === undefined ? {} : { budgetBytes }),
  });
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${dir}/`) } });
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${dir}/dist/`),
    logger,
    pages: [],
    assets: new Map(),
  });
}

const recordingStep = `import { writeFileSync } from 'node:fs';
writeFileSync('seen.txt', JSON.stringify([process.pid, process.argv.slice(2)]));`;

describe('completeSite', () => {
  it('runs the preview images, then the search index, after Astro has written the pages', () => {
    expect(FINISHING_STEPS.map(({ script }) => script)).toEqual([
      'scripts/render-og-images.ts',
      'scripts/index-search.ts',
    ]);
  });

  it('runs each step in a process of its own with the output folder', async () => {
    await build({ 'step.ts': recordingStep });
    const [pid, args] = JSON.parse(readFileSync(join(dir, 'seen.txt'), 'utf8')) as [number, string[]];
    expect(pid).not.toBe(process.pid);
    expect(args).toEqual(['--outDir', join(dir, 'dist/')]);
  });

  it('fails the build, naming the step, when a step fails', async () => {
    await expect(build({ 'broken.ts': 'process.exit(2);' })).rejects.toThrow(
      'The broken.ts step (broken.ts) failed with exit code 2',
    );
  });

  it('stops a step that takes the build over its memory budget and names `npm run build`', async () => {
    const hungry =
      'const kept = []; for (;;) { kept.push(Buffer.alloc(16 * 1024 * 1024, 1)); await new Promise((r) => setTimeout(r, 20)); }';
    const budget = process.memoryUsage().rss + 150 * 1024 * 1024;
    await expect(build({ 'hungry.ts': hungry }, budget)).rejects.toThrow(
      /astro build stopped: .* the hungry\.ts step took the build to [\d,]+ MB, over its memory budget of [\d,]+ MB\. Build with `npm run build`/,
    );
  });

  it('leaves the steps to `npm run build` when it runs them after Astro has exited', async () => {
    rmSync(join(dir, 'seen.txt'), { force: true });
    process.env[STEPS_AFTER_ASTRO_ENV] = '1';
    try {
      await build({ 'step.ts': recordingStep });
    } finally {
      delete process.env[STEPS_AFTER_ASTRO_ENV];
    }
    expect(() => readFileSync(join(dir, 'seen.txt'))).toThrow();
  });
});
