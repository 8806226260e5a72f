import { describe, expect, it } from 'vitest';
import { securityTxt, securityTxtExpiry } from '../../../../src/lib/about/security-txt.ts';

const now = new Date('2026-12-06T09:30:15.123Z');
const canonicalUrl = 'https://beskaeftigelsesmaal.dk/.well-known/security.txt';

/** The fields of a security.txt, name → values, comments left out. */
function fields(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    if (match?.[1] && match[2]) result.set(match[1], [...(result.get(match[1]) ?? []), match[2]]);
  }
  return result;
}

describe('securityTxt', () => {
  it('writes nothing without a contact, since RFC 9116 requires one', () => {
    expect(securityTxt({ contacts: {}, canonicalUrl, now })).toBeUndefined();
  });

  it('gives every configured contact, Expires, Canonical and the preferred languages', () => {
    const text = securityTxt({
      contacts: { email: 'sikkerhed@example.dk', repositoryUrl: 'https://example.org/o/r' },
      canonicalUrl,
      now,
    });
    const found = fields(text ?? '');
    expect(found.get('Contact')).toEqual(['mailto:sikkerhed@example.dk', 'https://example.org/o/r']);
    expect(found.get('Expires')).toEqual([securityTxtExpiry(now)]);
    expect(found.get('Canonical')).toEqual([canonicalUrl]);
    expect(found.get('Preferred-Languages')).toEqual(['da, en']);
    expect(text?.endsWith('\n')).toBe(true);
  });
});

describe('securityTxtExpiry', () => {
  it('lies in the future but less than a year after the build, in whole seconds UTC', () => {
    const expiry = securityTxtExpiry(now);
    expect(expiry).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const days = (Date.parse(expiry) - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(300);
    expect(days).toBeLessThan(365);
  });
});
