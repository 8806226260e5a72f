/**
 * `npm run build [-- --outDir <dir>]`: `astro build`, then the preview images and the Pagefind
 * index (FINISHING_STEPS), each in a process of its own once Astro has exited and freed its
 * memory, so no two peaks add up (BENCHMARKS.md). A plain `astro build` runs the same steps from
 * its integration hook (src/integrations/complete-site.ts) while Astro's process is still alive.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STEPS_AFTER_ASTRO_ENV } from '../src/integrations/complete-site.ts';
import { FINISHING_STEPS, runStep, stepFailure } from '../src/integrations/finishing-steps.ts';
import { run } from './lib/run.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);

// V8 lets the heap grow far past what the build keeps alive before it collects; a ceiling makes it
// collect sooner. Measured at 6,033 pages (BENCHMARKS.md); the build needs far less than this.
const env = {
  ...process.env,
  [STEPS_AFTER_ASTRO_ENV]: '1',
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=768`.trim(),
};
const astro = await run('node_modules/.bin/astro', ['build', '--outDir', outDir], { echo: true, env });
if (astro.code !== 0) {
  console.error(`build: astro build --outDir ${outDir} failed (exit ${astro.code})`);
  process.exit(astro.code);
}
for (const step of FINISHING_STEPS) {
  const result = await runStep(step.script, outDir, { cwd: process.cwd() });
  if ('code' in result && result.code !== 0) {
    console.error(stepFailure(step, result.code, outDir).message);
    process.exit(result.code);
  }
}
