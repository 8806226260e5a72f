import { describe, expect, it } from 'vitest';
import { hasContact, missingContactWarning, readContacts } from '../../../src/lib/contacts.ts';

describe('readContacts', () => {
  it('configures no contact when neither variable is set or both are blank', () => {
    expect(readContacts({})).toEqual({});
    expect(readContacts({ SITE_CONTACT_EMAIL: ' ', SITE_REPOSITORY_URL: '' })).toEqual({});
  });

  it('reads the e-mail address and the repository address, without a trailing slash', () => {
    expect(
      readContacts({
        SITE_CONTACT_EMAIL: ' redaktion@example.dk ',
        SITE_REPOSITORY_URL: 'https://example.org/owner/repo/',
      }),
    ).toEqual({ email: 'redaktion@example.dk', repositoryUrl: 'https://example.org/owner/repo' });
  });

  it('stops on an e-mail address that is not one, naming the variable', () => {
    expect(() => readContacts({ SITE_CONTACT_EMAIL: 'redaktion' })).toThrow(
      /SITE_CONTACT_EMAIL: 'redaktion'/,
    );
    expect(() => readContacts({ SITE_CONTACT_EMAIL: 'a b@example.dk' })).toThrow(/SITE_CONTACT_EMAIL/);
  });

  it('stops on a repository address that is not https, naming the variable', () => {
    expect(() => readContacts({ SITE_REPOSITORY_URL: 'http://example.org/repo' })).toThrow(
      /SITE_REPOSITORY_URL: 'http:\/\/example.org\/repo'/,
    );
    expect(() => readContacts({ SITE_REPOSITORY_URL: 'example.org/repo' })).toThrow(/SITE_REPOSITORY_URL/);
  });
});

describe('missingContactWarning', () => {
  it('warns, naming both variables and what is left out, only when no contact is configured', () => {
    expect(hasContact({})).toBe(false);
    expect(missingContactWarning({})).toMatch(
      /SITE_CONTACT_EMAIL, SITE_REPOSITORY_URL.*security\.txt is not written/,
    );
    expect(missingContactWarning({ email: 'redaktion@example.dk' })).toBeUndefined();
    expect(missingContactWarning({ repositoryUrl: 'https://example.org/repo' })).toBeUndefined();
  });
});
