import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityTxt } from '../lib/about/security-txt.ts';
import { missingContactWarning, SITE_CONTACTS } from '../lib/contacts.ts';
import type { SiteContacts } from '../lib/contacts.ts';
import { builtFile, SECURITY_TXT_PATH } from '../lib/paths.ts';

/**
 * Writes /.well-known/security.txt at the end of each build, so its Expires counts from the
 * build; without a configured contact it writes none and the build warns (src/lib/contacts.ts).
 */
export function securityTxtIntegration(contacts: SiteContacts = SITE_CONTACTS): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'security-txt',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        const warning = missingContactWarning(contacts);
        if (warning) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('security.txt needs `site` in astro.config.mjs for its Canonical field');
        const text = securityTxt({
          contacts,
          canonicalUrl: new URL(SECURITY_TXT_PATH, site).href,
          now: new Date(),
        });
        if (text === undefined) return;
        const file = fileURLToPath(new URL(builtFile(SECURITY_TXT_PATH), dir));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
        logger.info(`wrote ${SECURITY_TXT_PATH}`);
      },
    },
  };
}
