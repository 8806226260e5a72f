import { diffWords } from 'diff';
import { letterBlocks } from '../content/letter-blocks.ts';

/** Text both versions share, text only the later one has, or text only the earlier one had. */
export type DiffPartKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffPartKind;
  /** The text; a single newline separates the lines of a list. */
  text: string;
}

export interface LetterTextDiff {
  /** The diff cut into the later letter's paragraphs, each a run of parts. */
  paragraphs: DiffPart[][];
  /** Words only the later letter has. */
  addedWords: number;
  /** Words only the earlier letter had. */
  removedWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The number of words in a text; punctuation and whitespace do not count. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * A letter's Markdown body as plain paragraphs separated by blank lines: a paragraph's
 * line breaks become spaces, and a list keeps one numbered item per line.
 */
export function letterPlainText(body: string): string {
  return letterBlocks(body)
    .map((block) =>
      block.kind === 'paragraph' ? block.text : block.items.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    )
    .join('\n\n');
}

function kindOf(change: { added: boolean; removed: boolean }): DiffPartKind {
  if (change.added) return 'added';
  return change.removed ? 'removed' : 'same';
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Cuts diff parts into the later letter's paragraphs. A paragraph break that only the
 * earlier letter had becomes a space inside the removed text.
 */
function intoParagraphs(parts: readonly DiffPart[]): DiffPart[][] {
  const paragraphs: DiffPart[][] = [[]];
  for (const part of parts) {
    if (part.kind === 'removed') {
      paragraphs
        .at(-1)!
        .push({ kind: part.kind, text: part.text.replace(new RegExp(PARAGRAPH_BREAK, 'g'), ' ') });
      continue;
    }
    part.text.split(PARAGRAPH_BREAK).forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece.trim() !== '') paragraphs.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** A word-level diff of two letters' Markdown bodies (jsdiff's diffWords), with word counts. */
export function diffLetterText(before: string, after: string): LetterTextDiff {
  const parts = diffWords(letterPlainText(before), letterPlainText(after)).map((change): DiffPart => ({
    kind: kindOf(change),
    text: change.value,
  }));
  const wordsOf = (kind: DiffPartKind): number =>
    parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + countWords(part.text), 0);
  return {
    paragraphs: intoParagraphs(parts),
    addedWords: wordsOf('added'),
    removedWords: wordsOf('removed'),
  };
}
