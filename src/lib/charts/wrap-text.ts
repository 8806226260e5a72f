import { estimateTextWidth, FONT_SIZE } from './text.ts';

/** Breaks text into lines that fit `width` by estimated width, breaking only at spaces. */
export function wrapText(text: string, width: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
