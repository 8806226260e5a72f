import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** A throwaway copy of the project that shares src/ and node_modules but has its own content. */
export interface FixtureSite {
  root: string;
  /** Writes (or overwrites) a file relative to the fixture root. */
  write(path: string, text: string): void;
  /** Runs `astro sync` in the fixture; resolves with its exit code and output. */
  sync(): Promise<{ code: number; output: string }>;
  remove(): void;
}

/** Copies content/ (and data/ when asked) so a test can break it without touching the real site. */
export function makeFixtureSite(options: { copyData?: boolean } = {}): FixtureSite {
  const parent = join(repo, 'node_modules', '.fixture-sites');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'site-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  if (options.copyData) cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  else symlinkSync(join(repo, 'data'), join(root, 'data'));
  symlinkSync(join(repo, 'src'), join(root, 'src'));
  symlinkSync(join(repo, 'public'), join(root, 'public'));
  cpSync(join(repo, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
  cpSync(join(repo, 'tsconfig.json'), join(root, 'tsconfig.json'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  return {
    root,
    write: (path, text) => writeFileSync(join(root, path), text),
    sync: () =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync', '--root', root],
          { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, output: `${stdout}\n${stderr}` });
          },
        );
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
