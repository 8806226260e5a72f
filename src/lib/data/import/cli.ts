import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importSnapshot } from './import-snapshot.ts';
import { formatReport } from './report.ts';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Today's date for the default --date; injectable for tests. */
  today?: () => string;
}

export const consoleIo: CliIo = {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
};

const today = (): string => new Date().toISOString().slice(0, 10);

/** Prints an error and each cause under it, so "why" is never swallowed. */
export function printError(error: unknown, io: CliIo): void {
  let current: unknown = error;
  let prefix = '';
  while (current) {
    io.stderr(prefix + (current instanceof Error ? current.message : String(current)));
    current = current instanceof Error && current.cause !== current ? current.cause : undefined;
    prefix = '  caused by: ';
  }
}

const USAGE =
  'usage: npm run import -- <file> --indicator <id> [--date YYYY-MM-DD] [--sheet <name>] [--data-dir data]';

/** `npm run import`: returns the exit code. */
export async function runImport(argv: string[], io: CliIo = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        indicator: { type: 'string' },
        date: { type: 'string' },
        sheet: { type: 'string' },
        'data-dir': { type: 'string', default: 'data' },
      },
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || !values.indicator) {
    io.stderr(USAGE);
    return 2;
  }
  const source = positionals[0]!;
  try {
    const report = await importSnapshot({
      dataDir: values['data-dir'],
      indicator: values.indicator,
      date: values.date ?? (io.today ?? today)(),
      source,
      bytes: await readFile(source),
      sheet: values.sheet,
    });
    formatReport(report).forEach(io.stdout);
    return 0;
  } catch (error) {
    printError(error, io);
    return 1;
  }
}
