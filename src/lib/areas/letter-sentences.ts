import type { LetterBlock } from '../content/letter-blocks.ts';

/** A sentence quoted from a letter, with the block it stands in for a link back. */
export interface QuotedSentence {
  block: number;
  text: string;
}

/** Splits a paragraph into sentences at a full stop, question or exclamation mark before a capital. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * The first sentence in the given paragraphs that matches the pattern, e.g. where the 2023
 * letter says the municipalities must follow up on the goals without an indicator themselves.
 */
export function findSentence(
  blocks: readonly LetterBlock[],
  paragraphs: readonly number[],
  pattern: RegExp,
): QuotedSentence | null {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !paragraphs.includes(block.index)) continue;
    const text = sentences(block.text).find((sentence) => pattern.test(sentence));
    if (text !== undefined) return { block: block.index, text };
  }
  return null;
}
