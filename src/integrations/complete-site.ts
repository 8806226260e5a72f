import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FINISHING_STEPS, megabytes, MEMORY_BUDGET_BYTES, runStep, stepFailure } from './finishing-steps.ts';

/** Set by `npm run build` (scripts/build.ts), which runs the finishing steps once Astro has exited. */
export const STEPS_AFTER_ASTRO_ENV = 'FINISH_AFTER_ASTRO';

/**
 * Makes a plain `astro build` give the whole site: once Astro has written the pages
 * (`astro:build:done`, as Starlight runs Pagefind), the preview-image SVGs become PNGs and the
 * search index is built, each step in a child process. Astro's own process stays alive meanwhile
 * (about 600 MB at 6,000 pages), so a step that takes the build over the memory budget is stopped
 * and the build fails, naming `npm run build`, which runs the same steps after Astro has exited.
 */
export function completeSite({
  steps = FINISHING_STEPS,
  budgetBytes = MEMORY_BUDGET_BYTES,
}: { steps?: typeof FINISHING_STEPS; budgetBytes?: number } = {}): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'beskaeftigelsesmaal:complete-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[STEPS_AFTER_ASTRO_ENV] === '1') {
          logger.info('preview images and search index follow once Astro has exited (npm run build)');
          return;
        }
        if (!root) throw new Error('complete-site: astro:config:done did not run');
        const outDir = fileURLToPath(dir);
        const budget = { bytes: budgetBytes, watched: process.pid };
        for (const step of steps) {
          const started = performance.now();
          const result = await runStep(step.script, outDir, { cwd: fileURLToPath(root), budget });
          if ('overBudgetBytes' in result)
            throw new Error(
              `astro build stopped: with Astro's process still alive, the ${step.name} step took the build ` +
                `to ${megabytes(result.overBudgetBytes)}, over its memory budget of ${megabytes(budgetBytes)}. ` +
                'Build with `npm run build`, which runs the same steps once Astro has exited.',
            );
          if (result.code !== 0) throw stepFailure(step, result.code, outDir);
          logger.info(`${step.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
      },
    },
  };
}
