import { SourceError, byLine } from '../errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Excel's "Unicode text" is UTF-16 LE with this byte order mark, tab-separated. */
const UTF16_BOMS: ReadonlyArray<[TextEncoding, readonly number[]]> = [
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

function decodeUtf16(bytes: Uint8Array, encoding: TextEncoding): { text: string; encoding: TextEncoding } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    throw new SourceError(
      byLine(lineAt(text, text.indexOf('\ufffd'))),
      `the file starts with a ${encoding.toUpperCase()} byte order mark, but this line is not ${encoding.toUpperCase()}; save the file again as CSV UTF-8`,
    );
  }
}

/**
 * Decodes a file in the encodings Danish spreadsheets save text in: UTF-8 with or without BOM
 * ("CSV UTF-8"), UTF-16 with BOM ("Unicode text") or, when the bytes are not UTF-8, Windows-1252
 * ("CSV", which also covers ISO-8859-1). Decoding a Windows-1252 file as UTF-8 would turn "ø"
 * into U+FFFD. A file whose BOM does not match its bytes is refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  for (const [encoding, bom] of UTF16_BOMS) if (startsWith(bytes, bom)) return decodeUtf16(bytes, encoding);
  // Text never holds NUL; without a BOM these are UTF-16 or not text at all.
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new SourceError(
      byLine(lineAt(lenientUtf8.decode(bytes.subarray(0, nul)), nul)),
      'the file holds NUL bytes: it is UTF-16 without a byte order mark, or not text; save it as CSV UTF-8',
    );
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (startsWith(bytes, UTF8_BOM)) {
      const text = lenientUtf8.decode(bytes);
      throw new SourceError(
        byLine(lineAt(text, text.indexOf('\ufffd'))),
        'the file starts with a UTF-8 byte order mark, but this line is not UTF-8; save the file again as UTF-8',
      );
    }
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}
