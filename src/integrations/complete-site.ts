import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

/**
 * The steps that finish a built site, each a script run in a process of its own, so its memory
 * is returned when it ends and two steps' peaks never add up (BENCHMARKS.md, "Scale").
 */
export const FINISHING_STEPS: readonly { name: string; script: string }[] = [
  { name: 'preview images', script: 'scripts/render-og-images.ts' },
  { name: 'search index', script: 'scripts/index-search.ts' },
];

function runStep(root: URL, script: string, outDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', script, '--outDir', outDir],
      { cwd: fileURLToPath(root), stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Collects Astro's garbage before the steps start: Astro's process stays alive while they run,
 * and what it has freed but not yet collected would count against the build's memory budget.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Makes a plain `astro build` give the whole site: once Astro has written the pages
 * (`astro:build:done`, as Starlight runs Pagefind), the preview-image SVGs become PNGs and the
 * search index is built, each step in a child process.
 */
export function completeSite(steps = FINISHING_STEPS): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'beskaeftigelsesmaal:complete-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('complete-site: astro:config:done did not run');
        const outDir = fileURLToPath(dir);
        const before = process.memoryUsage().rss;
        collectGarbage();
        logger.info(
          `Astro's memory ${megabytes(before)}, ${megabytes(process.memoryUsage().rss)} after collection`,
        );
        for (const { name, script } of steps) {
          const started = performance.now();
          const code = await runStep(root, script, outDir);
          if (code !== 0)
            throw new Error(
              `The ${name} step (${script}) failed with exit code ${code}; its output is above. ` +
                'The site in ' +
                outDir +
                ' is incomplete.',
            );
          logger.info(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
      },
    },
  };
}
