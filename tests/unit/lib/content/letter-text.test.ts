import { describe, expect, it } from 'vitest';
import { letterText } from '../../../../src/lib/content/letter-text.ts';

describe('letterText', () => {
  it('writes the title, the body word for word and the signature, with one final newline', () => {
    const text = letterText(
      {
        title: 'Udmelding af målene',
        sender: { name: 'Peter Hummelgaard', office: 'Beskæftigelsesminister' },
      },
      '\nKære alle\n\n1. Flere ledige skal opkvalificeres\n\nVenlig hilsen\n',
    );
    expect(text).toBe(
      'Udmelding af målene\n\nKære alle\n\n1. Flere ledige skal opkvalificeres\n\nVenlig hilsen\n\nPeter Hummelgaard\nBeskæftigelsesminister\n',
    );
  });
});
