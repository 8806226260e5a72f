import { describe, expect, it } from 'vitest';
import { checkLetters, type StoredLetter } from '../../../../src/lib/content/letter-checks.ts';

const letter = (overrides: Partial<StoredLetter> = {}): StoredLetter => ({
  id: '2023',
  filePath: 'content/letters/2023.mdx',
  year: 2023,
  goals: [{ number: 1, wording: 'Alle ledige skal have en værdig sagsbehandling' }],
  body: 'Kære alle\n\n1. Alle ledige skal have en værdig sagsbehandling\n',
  ...overrides,
});

describe('checkLetters', () => {
  it('finds nothing wrong with a consistent letter', () => {
    expect(checkLetters([letter()])).toEqual([]);
  });

  it('reports a year that two files claim, naming both', () => {
    const problems = checkLetters([letter(), letter({ id: '2024', filePath: 'content/letters/2024.mdx' })]);
    expect(problems).toContain(
      "content/letters/2024.mdx: field 'year': 2023 is already the year of content/letters/2023.mdx",
    );
  });

  it('reports a year that does not match the file name', () => {
    expect(checkLetters([letter({ id: '2022' })])).toEqual([
      "content/letters/2023.mdx: field 'year': 2023 does not match the file name '2022'",
    ]);
  });

  it('reports a goal wording that is not in the body’s list', () => {
    const problems = checkLetters([
      letter({ goals: [{ number: 1, wording: 'Alle ledige skal have en god sagsbehandling' }] }),
    ]);
    expect(problems).toEqual([
      `content/letters/2023.mdx: field 'goals.0.wording': "1. Alle ledige skal have en god sagsbehandling" is not in the letter's goal list`,
    ]);
  });
});
