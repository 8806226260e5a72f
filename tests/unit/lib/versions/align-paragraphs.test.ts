import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignLetters, countWords, similarity } from '../../../../src/lib/versions/align-paragraphs.ts';

const body = (year: number): string =>
  readFileSync(new URL(`../../../../content/letters/${year}.mdx`, import.meta.url), 'utf8').replace(
    /^---\n[\s\S]*?\n---\n/,
    '',
  );

const changes = (before: string, after: string): string[] =>
  alignLetters(before, after).rows.map((row) => `${row.change}${row.moved ? '+moved' : ''}`);

describe('alignLetters', () => {
  it('keeps equal paragraphs unchanged and marks words only inside a changed one', () => {
    const diff = alignLetters(
      'Kære borgmestre\n\nMålene er gode og vigtige.',
      'Kære borgmestre\n\nMålene er gode og meget vigtige.',
    );
    expect(diff.rows.map((row) => row.change)).toEqual(['unchanged', 'changed']);
    expect(
      diff.rows[1]!.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim()),
    ).toEqual(['meget']);
    expect(diff.rows[0]!.parts).toEqual([]);
  });

  it('shows a paragraph with no counterpart as removed where it stood, and a new one as added', () => {
    expect(changes('Et.\n\nTo tre fire.\n\nFem.', 'Et.\n\nFem.\n\nHelt nyt indhold her.')).toEqual([
      'unchanged',
      'removed',
      'unchanged',
      'added',
    ]);
  });

  it('shows a paragraph that changed place as moved, not as removed and added', () => {
    const diff = alignLetters('A a a.\n\nB b b.\n\nC c c.', 'B b b.\n\nC c c.\n\nA a a.');
    expect(diff.rows.map((row) => [row.change, row.moved, row.before?.index, row.after?.index])).toEqual([
      ['unchanged', false, 2, 1],
      ['unchanged', false, 3, 2],
      ['unchanged', true, 1, 3],
    ]);
    expect(diff.counts).toMatchObject({ unchanged: 3, added: 0, removed: 0, moved: 1 });
  });

  it('matches a reworded paragraph that moved, and says both', () => {
    const diff = alignLetters(
      'Første afsnit om ledige og jobcentre i kommunerne.\n\nAndet afsnit.',
      'Andet afsnit.\n\nFørste afsnit om alle ledige og jobcentre i kommunerne.',
    );
    expect(diff.rows.map((row) => `${row.change}${row.moved ? '+moved' : ''}`)).toEqual([
      'unchanged',
      'changed+moved',
    ]);
  });

  it('does not pair paragraphs that share less than a quarter of their words', () => {
    expect(changes('Ministeren skriver om ledige.', 'Kommunerne svarer rådet i maj.')).toEqual([
      'added',
      'removed',
    ]);
  });

  it('counts every paragraph of both letters once for 2023 and 2024', () => {
    const diff = alignLetters(body(2023), body(2024));
    const { unchanged, changed, added, removed } = diff.counts;
    const earlier = diff.rows.filter((row) => row.before).length;
    const later = diff.rows.filter((row) => row.after).length;
    expect(unchanged + changed + removed).toBe(earlier);
    expect(unchanged + changed + added).toBe(later);
    expect(new Set(diff.rows.flatMap((row) => (row.before ? [row.before.index] : []))).size).toBe(earlier);
    expect(diff.counts).toEqual({ unchanged: 2, changed: 5, added: 4, removed: 8, moved: 1 });
    // The salutation is the same paragraph with a new addressee.
    expect(diff.rows[0]).toMatchObject({ change: 'changed', before: { index: 1 }, after: { index: 1 } });
    // The goal list is the same five goals in both letters.
    expect(diff.rows.find((row) => row.after?.text.startsWith('1. Alle ledige'))?.change).toBe('unchanged');
  });
});

describe('similarity', () => {
  it('is 1 for equal texts and 0 for texts without a shared word', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});

describe('countWords', () => {
  it('counts words and compounds, not punctuation', () => {
    expect(countWords('beskæftigelses- og arbejdsmiljøområdet, covid-19 – i 2023.')).toBe(6);
  });
});
