import { spawn } from 'node:child_process';
import { treeRss } from './process-memory.ts';

/**
 * The steps that finish a built site, each a script run in a process of its own, so its memory
 * is returned when it ends and two steps' peaks never add up (BENCHMARKS.md, "Scale").
 */
export const FINISHING_STEPS: readonly { name: string; script: string }[] = [
  { name: 'preview images', script: 'scripts/render-og-images.ts' },
  { name: 'search index', script: 'scripts/index-search.ts' },
];

/** The most memory a build may use, summed over its processes (issue 18; BENCHMARKS.md). */
export const MEMORY_BUDGET_BYTES = 1200 * 1024 * 1024;

export const megabytes = (bytes: number): string =>
  `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** How a step ended: its exit code, or the memory it was stopped at for going over the budget. */
export type StepResult = { code: number } | { overBudgetBytes: number };

/**
 * Runs a step's script with `--outDir`. With a budget, the memory of `watched` and all its
 * descendants is sampled every 100 ms, and the step is stopped as soon as the sum goes over.
 */
export function runStep(
  script: string,
  outDir: string,
  { cwd, budget }: { cwd: string; budget?: { bytes: number; watched: number } },
): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', script, '--outDir', outDir],
      { cwd, stdio: 'inherit' },
    );
    let overBudgetBytes = 0;
    const watch =
      budget &&
      setInterval(() => {
        const used = treeRss(budget.watched);
        if (used <= budget.bytes || overBudgetBytes > 0) return;
        overBudgetBytes = used;
        child.kill();
      }, 100);
    child.on('error', (error) => {
      if (watch) clearInterval(watch);
      reject(error);
    });
    child.on('close', (code, signal) => {
      if (watch) clearInterval(watch);
      resolve(overBudgetBytes > 0 ? { overBudgetBytes } : { code: code ?? (signal ? 128 : 1) });
    });
  });
}

/** The error a failed step ends the build with. */
export function stepFailure(step: { name: string; script: string }, code: number, outDir: string): Error {
  return new Error(
    `The ${step.name} step (${step.script}) failed with exit code ${code}; its output is above. ` +
      `The site in ${outDir} is incomplete.`,
  );
}
