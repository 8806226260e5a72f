import { SourceError } from '../errors.ts';
import { readSource, type RawTable } from './sources.ts';
import { readWorkbook } from './workbook.ts';

export interface ReadTableOptions {
  /** The sheet to read from an Excel workbook; needed only when several sheets hold data. */
  sheet?: string | undefined;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

/** Any source the importer reads, told apart by its first bytes: an .xlsx workbook (a zip), else JSON or CSV text. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<RawTable> {
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, options.sheet);
  if (startsWith(bytes, OLE2)) {
    throw new SourceError(null, 'is an old Excel workbook (.xls); save it as .xlsx or CSV and import that');
  }
  if (options.sheet !== undefined)
    throw new SourceError(null, 'is not an Excel workbook, so --sheet does not apply');
  return readSource(bytes);
}
