import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runFetch } from '../../../src/lib/data/import/fetch-cli.ts';
import { fixture, listTree, makeDataDir, removeDataDir } from '../../fixtures/data/temp-data-dir.ts';

let server: Server;
let baseUrl: string;
let requests: IncomingMessage[];
let dataDir: string;
let out: string[];
let err: string[];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    if (request.headers.authorization !== 'Bearer good-key') {
      response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"message":"Invalid token"}');
      return;
    }
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(readFileSync(fixture('formats', 'api-v3.json')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  requests = [];
  out = [];
  err = [];
  dataDir = makeDataDir();
});
afterEach(() => removeDataDir(dataDir));

const io = { stdout: (line: string) => out.push(line), stderr: (line: string) => err.push(line) };
const fetchData = (key: string | undefined, ...args: string[]): Promise<number> =>
  runFetch(
    ['--indicator', 'mm13', '--date', '2025-03-03', '--base-url', baseUrl, '--data-dir', dataDir, ...args],
    io,
    { env: { JOBINDSATS_API_KEY: key } },
  );

describe('npm run fetch-data', () => {
  it('asks API v3 for the indicator table with the bearer key and imports the answer', async () => {
    expect(await fetchData('good-key')).toBe(0);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/v3/data/y21?area=*&period=*&measurement=MM13&format=json');
    expect(readFileSync(join(dataDir, 'indicators/mm13/snapshots/2025-03-03.csv'), 'utf8')).toBe(
      readFileSync(fixture('formats', 'expected.csv'), 'utf8'),
    );
    expect(out[0]).toMatch(/from Jobindsats API v3 JSON/);
  });

  it('passes a query of the caller’s own', async () => {
    expect(await fetchData('good-key', '--table', 'y21', '--query', 'period.M=latest:3')).toBe(0);
    expect(requests[0]?.url).toBe('/v3/data/y21?period.M=latest:3&format=json');
  });

  it('reports the status of a refused request and writes nothing', async () => {
    const before = listTree(dataDir);
    expect(await fetchData('bad-key')).toBe(1);
    expect(err[0]).toBe(
      `Jobindsats API answered 401 Unauthorized for ${baseUrl}/data/y21?area=*&period=*&measurement=MM13&format=json: {"message":"Invalid token"}`,
    );
    expect(listTree(dataDir)).toEqual(before);
  });

  it('explains a missing JOBINDSATS_API_KEY without calling the API', async () => {
    expect(await fetchData(undefined)).toBe(2);
    expect(err[0]).toMatch(/^JOBINDSATS_API_KEY is not set/);
    expect(requests).toHaveLength(0);
  });

  it('reports a server that cannot be reached', async () => {
    expect(
      await runFetch(
        ['--indicator', 'mm13', '--base-url', 'http://127.0.0.1:9/v3', '--data-dir', dataDir],
        io,
        { env: { JOBINDSATS_API_KEY: 'k' } },
      ),
    ).toBe(1);
    expect(err[0]).toBe('could not reach http://127.0.0.1:9');
  });
});
