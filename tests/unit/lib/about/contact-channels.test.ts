import { describe, expect, it } from 'vitest';
import { contactChannels } from '../../../../src/lib/about/contact-channels.ts';

describe('contactChannels', () => {
  it('offers nothing when no contact is configured, so the page can say so', () => {
    expect(contactChannels({})).toEqual([]);
  });

  it('offers the e-mail address first, then the repository', () => {
    const channels = contactChannels({
      email: 'redaktion@example.dk',
      repositoryUrl: 'https://example.org/o/r',
    });
    expect(channels.map((channel) => channel.href)).toEqual([
      'mailto:redaktion@example.dk',
      'https://example.org/o/r',
    ]);
    expect(channels[1]?.label).toBe('example.org/o/r');
  });
});
