import { describe, expect, it } from 'vitest';
import { letterBlocks } from '../../../../src/lib/content/letter-blocks.ts';

describe('letterBlocks', () => {
  const body =
    'Kære Torben\n\nFørste afsnit\nfortsætter her.\n\n1. Et mål\n2. Et andet mål\n\nVenlig hilsen\n';

  it('numbers paragraphs and lists from 1 in reading order', () => {
    expect(letterBlocks(body).map((b) => [b.index, b.kind])).toEqual([
      [1, 'paragraph'],
      [2, 'paragraph'],
      [3, 'list'],
      [4, 'paragraph'],
    ]);
  });

  it('joins a paragraph’s lines with a space', () => {
    expect(letterBlocks(body)[1]).toEqual({
      kind: 'paragraph',
      index: 2,
      text: 'Første afsnit fortsætter her.',
    });
  });

  it('keeps list items without their numbers', () => {
    expect(letterBlocks(body)[2]).toEqual({ kind: 'list', index: 3, items: ['Et mål', 'Et andet mål'] });
  });

  it('ignores blank lines that hold only spaces', () => {
    expect(letterBlocks('a\n   \nb')).toHaveLength(2);
  });
});
