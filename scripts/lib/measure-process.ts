import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number;
  seconds: number;
  /** Highest sum of resident memory over the process and its children, sampled every 100 ms. */
  peakRssBytes: number;
  output: string;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(pid: number): number {
  return rssOf(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRss(child), 0);
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
