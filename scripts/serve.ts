/**
 * Serves dist/ on 127.0.0.1 like the host does: `npm run serve` (PORT or 4321),
 * `node scripts/serve.ts --port 0` for a free port, `--root <dir>` for another build.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    root: { type: 'string', default: 'dist' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: "--port ${values.port}" is not a port number`);
  process.exit(2);
}
if (!existsSync(values.root)) {
  console.error(`serve: ${values.root}/ does not exist; run \`npm run build\` first`);
  process.exit(1);
}

const server = await startServer({ root: values.root, port });
console.log(`Serving ${values.root}/ at ${server.url}/ (Ctrl+C stops)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
