import { parseArgs } from 'node:util';
import { readIndicatorMeta } from '../indicator-files.ts';
import { consoleIo, printError, type CliIo } from './cli.ts';
import { importSnapshot } from './import-snapshot.ts';
import { formatReport } from './report.ts';

export const DEFAULT_BASE_URL = 'https://api.jobindsats.dk/v3';

const USAGE =
  'usage: npm run fetch-data -- --indicator <id> [--table <table id>] [--query <query string>] [--date YYYY-MM-DD] [--base-url URL]';
const TABLE_ID = /^[A-Za-z0-9_]+$/;

export interface FetchEnvironment {
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

/** Asks Jobindsats API v3 for one table as JSON; throws with the status and the start of the answer. */
export async function fetchJobindsats(
  url: URL,
  apiKey: string,
  request: typeof fetch = fetch,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await request(url, {
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    });
  } catch (error) {
    throw new Error(`could not reach ${url.origin}`, { cause: error });
  }
  const body = new Uint8Array(await response.arrayBuffer());
  if (!response.ok) {
    const detail = new TextDecoder().decode(body).slice(0, 300).trim();
    throw new Error(
      `Jobindsats API answered ${response.status} ${response.statusText} for ${url.href}${detail ? `: ${detail}` : ''}`,
    );
  }
  return body;
}

/** `npm run fetch-data`: downloads an indicator from Jobindsats API v3 and imports it; returns the exit code. */
export async function runFetch(
  argv: string[],
  io: CliIo = consoleIo,
  environment: FetchEnvironment = { env: process.env },
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        indicator: { type: 'string' },
        table: { type: 'string' },
        query: { type: 'string' },
        date: { type: 'string' },
        'base-url': { type: 'string', default: DEFAULT_BASE_URL },
        'data-dir': { type: 'string', default: 'data' },
      },
    }));
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.indicator) {
    io.stderr(USAGE);
    return 2;
  }
  const apiKey = environment.env['JOBINDSATS_API_KEY'];
  if (!apiKey) {
    io.stderr(
      'JOBINDSATS_API_KEY is not set. Jobindsats issues API keys to organisations; export the key first: JOBINDSATS_API_KEY=… npm run fetch-data -- --indicator <id>',
    );
    return 2;
  }
  try {
    const dataDir = values['data-dir'];
    const meta = await readIndicatorMeta(dataDir, values.indicator);
    const table = values.table ?? meta.source.table;
    if (!TABLE_ID.test(table))
      throw new Error(
        `'${table}' (source.table of ${meta.id}) is not a Jobindsats table id; pass --table <id>`,
      );
    const query = values.query ?? `area=*&period=*&measurement=${encodeURIComponent(meta.source.measure)}`;
    const url = new URL(
      `${values['base-url'].replace(/\/$/, '')}/data/${table.toLowerCase()}?${query}&format=json`,
    );
    const bytes = await fetchJobindsats(url, apiKey, environment.fetch);
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    const report = await importSnapshot({ dataDir, indicator: meta.id, date, source: url.href, bytes });
    formatReport(report).forEach(io.stdout);
    return 0;
  } catch (error) {
    printError(error, io);
    return 1;
  }
}
