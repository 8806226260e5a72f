import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareGoalLists, goalListsAreIdentical } from '../../../../src/lib/versions/compare-goal-lists.ts';
import {
  countWords,
  diffLetterText,
  letterPlainText,
  type DiffPart,
  type LetterTextDiff,
} from '../../../../src/lib/versions/diff-letter-text.ts';

const textOf = (parts: DiffPart[], keep: DiffPart['kind']): string =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === keep)
    .map((part) => part.text)
    .join('');

describe('diffLetterText on small texts', () => {
  it('marks a replaced word as removed and the new one as added', () => {
    const diff = diffLetterText('Kære borgmestre\n\nTak.', 'Kære Torben\n\nTak.');
    expect(diff.paragraphs[0]).toEqual([
      { kind: 'same', text: 'Kære ' },
      { kind: 'removed', text: 'borgmestre' },
      { kind: 'added', text: 'Torben' },
    ]);
    expect(diff).toMatchObject({ addedWords: 1, removedWords: 1 });
  });

  it('finds nothing to mark in identical texts', () => {
    const diff = diffLetterText('Et afsnit.\n\nEt andet afsnit.', 'Et afsnit.\n\nEt andet afsnit.');
    expect(diff.paragraphs.flat().every((part) => part.kind === 'same')).toBe(true);
    expect(diff).toMatchObject({ addedWords: 0, removedWords: 0 });
    expect(diff.paragraphs).toHaveLength(2);
  });

  it('keeps the later text’s paragraphs and turns a removed paragraph break into a space', () => {
    const diff = diffLetterText('Første. Anden.\n\nTredje.', 'Første.\n\nTredje.');
    expect(diff.paragraphs).toHaveLength(2);
    expect(diff.paragraphs.flat().some((part) => /\n/.test(part.text))).toBe(false);
  });

  it('keeps a numbered list as one line per item', () => {
    expect(letterPlainText('Målene er:\n\n1. Et\n2. To\n')).toBe('Målene er:\n\n1. Et\n2. To');
  });

  it('counts words, not punctuation, and keeps hyphenated compounds whole', () => {
    expect(countWords('beskæftigelses- og arbejdsmiljøområdet, covid-19 – i 2023.')).toBe(6);
  });
});

describe('the letters for 2023 and 2024', () => {
  let diff: LetterTextDiff;
  let goalsIdentical: boolean;

  beforeAll(async () => {
    const letters = await getCollection('letters');
    const letter = (year: number) => letters.find((entry) => entry.data.year === year)!;
    diff = diffLetterText(letter(2023).body ?? '', letter(2024).body ?? '');
    goalsIdentical = goalListsAreIdentical(
      compareGoalLists(letter(2023).data.goals, letter(2024).data.goals),
    );
  });

  it('have the same goal list: same goals, numbers and wordings', () => {
    expect(goalsIdentical).toBe(true);
  });

  it('open with "Kære", then the 2023 addressees removed and "Torben" inserted', () => {
    const [first] = diff.paragraphs;
    expect(first).toContainEqual({ kind: 'same', text: 'Kære ' });
    expect(first).toContainEqual({ kind: 'removed', text: 'borgmestre' });
    expect(first).toContainEqual({ kind: 'added', text: 'Torben' });
    expect(textOf(first!, 'added')).toBe('Kære Torben');
  });

  it('show the goal list as text both letters share', () => {
    const list = diff.paragraphs.find((p) => p.some((part) => part.text.includes('1. Alle ledige')));
    expect(list).toEqual([
      {
        kind: 'same',
        text: expect.stringContaining(
          '5. Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
        ),
      },
    ]);
  });

  it('find text only the 2024 letter has and text only the 2023 letter had', () => {
    const added = diff.paragraphs
      .flat()
      .filter((part) => part.kind === 'added')
      .map((part) => part.text)
      .join(' ');
    const removed = diff.paragraphs
      .flat()
      .filter((part) => part.kind === 'removed')
      .map((part) => part.text)
      .join(' ');
    expect(added).toContain('Beskæftigelsesrådet den 20. april');
    expect(removed).toContain('ukrainere');
    expect(diff.addedWords).toBeGreaterThan(100);
    expect(diff.removedWords).toBeGreaterThan(100);
  });
});
