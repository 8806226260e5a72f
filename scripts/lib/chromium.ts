import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep headless Chromium quiet and offline on a two-core CI machine. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH, else the first Chromium installed in a usual place. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}
