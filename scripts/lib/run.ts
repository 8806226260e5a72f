import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  output: string;
  seconds: number;
}

/**
 * Runs a command without a shell. `echo: true` streams its output while it
 * runs; otherwise the output is only captured, for a caller to show on failure.
 */
export function run(
  command: string,
  args: string[],
  options: { echo?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
      output += chunk.toString();
      if (options.echo) stream.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => collect(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => collect(chunk, process.stderr));
    child.on('error', (error) => fail(new Error(`could not start ${command}`, { cause: error })));
    child.on('close', (code) =>
      done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** The last lines of a command's output, for an error message. */
export function tail(output: string, lines = 40): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
