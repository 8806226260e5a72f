import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import type { HeaderRule } from './headers-file.ts';
import { COMPARE_PATH, pickedComparePath } from '../../src/lib/paths.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StartServerOptions {
  /** Folder to serve, usually dist/. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

async function handle(
  root: string,
  rules: HeaderRule[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const target = resolve(join(root, pathname));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  for (const { name, value } of headersFor(rules, url.pathname).values()) res.setHeader(name, value);
  // The host's function for the year picker (functions/sammenlign/index.ts).
  const picked = url.pathname === COMPARE_PATH ? pickedComparePath(url.searchParams) : undefined;
  if (picked !== undefined) {
    res.writeHead(302, { Location: picked }).end();
    return;
  }

  let file: string | undefined;
  const kind = await kindOf(target);
  if (kind === 'dir' && !pathname.endsWith('/')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (kind === 'dir' && (await kindOf(join(target, 'index.html'))) === 'file')
    file = join(target, 'index.html');
  if (kind === 'file') file = target;

  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const body = existsSync(file) ? await readFile(file) : Buffer.from('Not found');
  res.writeHead(status, { 'Content-Type': contentTypeFor(existsSync(file) ? file : 'x.txt') });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves a built site the way the host would: directory indexes, 301 to the trailing slash,
 * 404.html, _headers, and the year picker's redirect (functions/sammenlign/index.ts).
 */
export async function startServer({
  root,
  port = 0,
  host = '127.0.0.1',
}: StartServerOptions): Promise<RunningServer> {
  const absoluteRoot = resolve(root);
  const headersPath = join(absoluteRoot, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    handle(absoluteRoot, rules, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end('Internal error');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
