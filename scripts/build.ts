/**
 * `npm run build [-- --outDir <dir>]`: `astro build`, then the preview images and the Pagefind
 * index, each in a process of its own. They run once Astro has exited and freed the bundler's
 * and renderer's memory, so the steps' memory never adds up (see BENCHMARKS.md).
 */
import { parseArgs } from 'node:util';
import { run } from './lib/run.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;

const script = (file: string): [string, string[]] => [
  process.execPath,
  ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', file, '--outDir', outDir],
];
const steps: Array<[string, string[]]> = [
  ['node_modules/.bin/astro', ['build', '--outDir', outDir]],
  script('scripts/render-og-images.ts'),
  script('scripts/index-search.ts'),
];
// V8 lets the heap grow far past what the build keeps alive before it collects; a ceiling makes it
// collect sooner. Measured at 6,033 pages (BENCHMARKS.md); the build needs far less than this.
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=768`.trim(),
};
for (const [command, args] of steps) {
  const result = await run(command, args, { echo: true, env });
  if (result.code !== 0) {
    console.error(`build: ${[command, ...args].join(' ')} failed (exit ${result.code})`);
    process.exit(result.code);
  }
}
