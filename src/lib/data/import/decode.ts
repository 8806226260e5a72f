import { SourceError, byLine } from '../errors.ts';

export type TextEncoding = 'utf-8' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Decodes a file as UTF-8 (with or without BOM) or, when that fails, as Windows-1252, the
 * encoding Danish Excel saves CSV in. Decoding such a file as UTF-8 would turn "ø" into U+FFFD.
 * A file that claims UTF-8 with a BOM but is not UTF-8 is refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (startsWithBom(bytes)) {
      const text = lenientUtf8.decode(bytes);
      const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
      throw new SourceError(
        byLine(line),
        'the file starts with a UTF-8 byte order mark, but this line is not UTF-8; save the file again as UTF-8',
      );
    }
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}
