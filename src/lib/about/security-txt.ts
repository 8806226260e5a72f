import type { SiteContacts } from '../contacts.ts';

/** How long a written security.txt stays valid: under a year, as RFC 9116 § 2.5.5 recommends. */
export const SECURITY_TXT_LIFETIME_DAYS = 364;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SecurityTxtOptions {
  contacts: SiteContacts;
  /** The file's own public address, for the Canonical field. */
  canonicalUrl: string;
  /** When the build writes the file; Expires counts from here. */
  now: Date;
}

/** The Expires value for a file written at `now`: an RFC 3339 time in UTC, whole seconds. */
export function securityTxtExpiry(now: Date): string {
  return new Date(now.getTime() + SECURITY_TXT_LIFETIME_DAYS * DAY_MS)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The text of /.well-known/security.txt (RFC 9116), or undefined when no contact is configured:
 * the RFC requires a Contact, and one that leads nowhere would mislead more than a missing file.
 */
export function securityTxt({ contacts, canonicalUrl, now }: SecurityTxtOptions): string | undefined {
  const contactLines = [
    ...(contacts.email ? [`Contact: mailto:${contacts.email}`] : []),
    ...(contacts.repositoryUrl ? [`Contact: ${contacts.repositoryUrl}`] : []),
  ];
  if (contactLines.length === 0) return undefined;
  return [
    '# Report security problems with this site here (RFC 9116).',
    ...contactLines,
    `Expires: ${securityTxtExpiry(now)}`,
    `Canonical: ${canonicalUrl}`,
    'Preferred-Languages: da, en',
    '',
  ].join('\n');
}
