/** A top-level block of a letter body: a paragraph, or a list with its items. */
export type LetterBlock =
  { kind: 'paragraph'; index: number; text: string } | { kind: 'list'; index: number; items: string[] };

const LIST_ITEM = /^\d+\.\s+/;

/**
 * Splits a letter's Markdown body into its top-level blocks, numbered from 1 in reading
 * order. Letters are plain paragraphs and one numbered list, so blank lines separate blocks.
 */
export function letterBlocks(body: string): LetterBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk, i): LetterBlock => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => LIST_ITEM.test(line))) {
        return { kind: 'list', index: i + 1, items: lines.map((l) => l.replace(LIST_ITEM, '')) };
      }
      return { kind: 'paragraph', index: i + 1, text: lines.join(' ') };
    });
}
