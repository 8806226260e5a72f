/**
 * /.well-known/security.txt as the test server serves this build. With a contact configured
 * (src/lib/contacts.ts) it carries RFC 9116's fields, Expires in the future and within a year of
 * the build, and this site's Canonical. Without one the build writes none (RFC 9116 requires a
 * Contact, and one that leads nowhere would mislead). tests/unit/integrations/security-txt.test.ts
 * serves a file written with a contact, whatever this build's configuration.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contactChannels } from '../../src/lib/about/contact-channels.ts';
import { readContacts } from '../../src/lib/contacts.ts';
import { builtFile, SECURITY_TXT_PATH } from '../../src/lib/paths.ts';
import { baseUrl, distDir, siteOrigin } from '../support/site.ts';

// The test process has the environment the build had when the site tests built it (tests/setup/site.ts).
const contacts = readContacts(process.env);
const configured = contactChannels(contacts).length > 0;

describe(SECURITY_TXT_PATH, () => {
  test.runIf(configured)('is served with the configured contacts and the RFC 9116 fields', async () => {
    const response = await fetch(`${baseUrl()}${SECURITY_TXT_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    const values = (field: string): string[] =>
      [...text.matchAll(new RegExp(`^${field}: (.+)$`, 'gm'))].map((match) => match[1] ?? '');
    expect(values('Contact')).toEqual(contactChannels(contacts).map((channel) => channel.href));
    expect(values('Canonical')).toEqual([new URL(SECURITY_TXT_PATH, await siteOrigin()).href]);
    expect(values('Preferred-Languages')).toEqual(['da, en']);
    const expires = Date.parse(values('Expires')[0] ?? '');
    const written = statSync(join(distDir(), builtFile(SECURITY_TXT_PATH))).mtimeMs;
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - written).toBeLessThan(365 * 86_400_000);
  });

  test.runIf(!configured)('is not served when no contact is configured', async () => {
    const response = await fetch(`${baseUrl()}${SECURITY_TXT_PATH}`);
    expect(response.status).toBe(404);
  });
});
