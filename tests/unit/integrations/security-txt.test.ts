/**
 * The build writes /.well-known/security.txt from the configured contacts, and the local server
 * (the one `npm run serve` and the site tests use) serves it as RFC 9116 asks. Contacts here are
 * reserved example addresses (RFC 2606): a fixture, not the site's configuration.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/lib/static-server.ts';
import { securityTxtIntegration } from '../../../src/integrations/security-txt.ts';
import type { SiteContacts } from '../../../src/lib/contacts.ts';

const SITE = 'https://beskaeftigelsesmaal.dk';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the integration's hooks as `astro build` would, into a fresh folder; returns it and the warnings. */
async function build(contacts: SiteContacts): Promise<{ dir: string; warnings: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'security-txt-'));
  dirs.push(dir);
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message), info: () => undefined };
  const hooks = securityTxtIntegration(contacts).hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']?.({ config: { site: SITE } });
  await hooks['astro:build:start']?.({ logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger });
  return { dir, warnings };
}

describe('securityTxtIntegration', () => {
  it('is an Astro integration named security-txt', () => {
    const integration: AstroIntegration = securityTxtIntegration({});
    expect(integration.name).toBe('security-txt');
  });

  it('writes a security.txt the server sends as plain UTF-8 text with every required field', async () => {
    const { dir, warnings } = await build({ email: 'security@example.org' });
    expect(warnings).toEqual([]);
    const server = await startServer({ root: dir, port: 0 });
    try {
      const response = await fetch(`${server.url}/.well-known/security.txt`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const text = await response.text();
      expect(text).toMatch(/^Contact: mailto:security@example\.org$/m);
      expect(text).toMatch(/^Canonical: https:\/\/beskaeftigelsesmaal\.dk\/\.well-known\/security\.txt$/m);
      expect(text).toMatch(/^Preferred-Languages: da, en$/m);
      const expires = Date.parse(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
      expect(expires).toBeGreaterThan(Date.now());
      expect(expires - Date.now()).toBeLessThan(365 * 86_400_000);
    } finally {
      await server.close();
    }
  });

  it('writes nothing and warns when no contact is configured', async () => {
    const { dir, warnings } = await build({});
    expect(existsSync(join(dir, '.well-known'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/no contact configured.*security\.txt is not written/)]);
  });
});
