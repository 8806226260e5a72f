import type { SiteContacts } from '../contacts.ts';

/** One way to reach the maintainers, as a sentence start and a link: "Skriv til" + address. */
export interface ContactChannel {
  lead: string;
  label: string;
  href: string;
}

/** How readers reach the maintainers, in the order to try; empty when none is configured. */
export function contactChannels(contacts: SiteContacts): ContactChannel[] {
  const channels: ContactChannel[] = [];
  if (contacts.email) {
    channels.push({ lead: 'Skriv til', label: contacts.email, href: `mailto:${contacts.email}` });
  }
  if (contacts.repositoryUrl) {
    channels.push({
      lead: 'Opret en sag (et offentligt «issue») i sitets kodearkiv',
      label: contacts.repositoryUrl.replace(/^https:\/\//, ''),
      href: contacts.repositoryUrl,
    });
  }
  return channels;
}

/** What a page says when the build was given no contact (src/lib/contacts.ts). */
export const NO_CONTACT_TEXT =
  'Denne udgave af sitet er bygget uden kontaktoplysninger, så der er ingen adresse at skrive til. ' +
  'Den, der udgiver sitet, angiver en e-mailadresse eller sitets kodearkiv, når sitet bygges.';
