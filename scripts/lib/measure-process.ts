import { spawn } from 'node:child_process';
import { treeRss } from '../../src/integrations/process-memory.ts';

export interface Measured {
  code: number;
  seconds: number;
  /** Highest sum of resident memory over the process and its children, sampled every 100 ms. */
  peakRssBytes: number;
  output: string;
}

/** Runs a command and samples the memory of its whole process tree (Linux /proc). */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakRssBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      fail(new Error(`could not start ${command}`, { cause: error }));
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakRssBytes, output });
    });
  });
}
