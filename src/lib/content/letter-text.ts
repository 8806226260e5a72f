import type { Letter } from './letter-schema.ts';

/**
 * A letter as a plain-text file: its title line, its body word for word, and the signature the
 * frontmatter keeps out of the body. The body is plain text already (paragraphs and a numbered
 * list), so it is written as it stands. LF line ends, one final newline.
 */
export function letterText(letter: Pick<Letter, 'title' | 'sender'>, body: string): string {
  const lines = [letter.title, '', body.trim(), '', letter.sender.name, letter.sender.office];
  return `${lines.join('\n')}\n`;
}
