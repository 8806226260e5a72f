/**
 * Who readers reach about the site: the one place the accessibility statement, the privacy page
 * and /.well-known/security.txt take their contacts from. Set at build time, never guessed:
 *
 *   SITE_CONTACT_EMAIL=redaktion@example.dk SITE_REPOSITORY_URL=https://github.com/owner/repo npm run build
 *
 * Both are optional. Without either the pages say plainly that no contact is configured, no
 * security.txt is written (RFC 9116 requires a Contact), and the build warns.
 */
export interface SiteContacts {
  /** An e-mail address for reports about accessibility, privacy and security. */
  email?: string;
  /** The web address (https) of the site's source repository, where maintainers are reached in public. */
  repositoryUrl?: string;
}

/** The environment variables that configure the contacts. */
export const CONTACT_VARIABLES = {
  email: 'SITE_CONTACT_EMAIL',
  repositoryUrl: 'SITE_REPOSITORY_URL',
} as const;

// Deliberately plain: one @, no spaces, a dot in the domain. It catches slips, not every RFC 5322 case.
const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()".]+$/;

/** The contacts an environment configures; a malformed value stops the build with the variable's name. */
export function readContacts(env: Readonly<Record<string, string | undefined>>): SiteContacts {
  const contacts: SiteContacts = {};
  const email = env[CONTACT_VARIABLES.email]?.trim();
  if (email) {
    if (!EMAIL.test(email)) {
      throw new Error(`${CONTACT_VARIABLES.email}: '${email}' is not an e-mail address like name@example.dk`);
    }
    contacts.email = email;
  }
  const repository = env[CONTACT_VARIABLES.repositoryUrl]?.trim();
  if (repository) {
    if (!URL.canParse(repository) || new URL(repository).protocol !== 'https:') {
      throw new Error(
        `${CONTACT_VARIABLES.repositoryUrl}: '${repository}' is not an https:// address of a repository`,
      );
    }
    contacts.repositoryUrl = repository.replace(/\/+$/, '');
  }
  return contacts;
}

/** Whether readers have any way to reach the maintainers. */
export function hasContact(contacts: SiteContacts): boolean {
  return contacts.email !== undefined || contacts.repositoryUrl !== undefined;
}

/** What the build prints when no contact is configured; undefined when one is. */
export function missingContactWarning(contacts: SiteContacts): string | undefined {
  if (hasContact(contacts)) return undefined;
  return (
    `no contact configured (${CONTACT_VARIABLES.email}, ${CONTACT_VARIABLES.repositoryUrl}): ` +
    'the accessibility statement and the privacy page say that no contact is configured, ' +
    'and /.well-known/security.txt is not written, since RFC 9116 requires a Contact'
  );
}

/** The contacts of this build. */
export const SITE_CONTACTS: SiteContacts = readContacts(process.env);
