/**
 * The file name a snapshot download is saved under. The canonical CSV is served byte for byte as
 * published (its sha256 matches data/snapshots.lock.json), so it cannot carry the sample label
 * inside; the saved file's name carries it instead.
 */
export function snapshotDownloadName(
  indicatorId: string,
  date: string,
  format: 'canonical' | 'excel',
  sample: boolean,
): string {
  return csvDownloadName(`${indicatorId}-${date}`, format, sample);
}

/**
 * The name a CSV is saved under: its stem, "-excel" for the Excel file, and "-eksempeldata" for
 * sample data, so that the label travels with a file that is renamed nowhere else:
 * `mm13-aarhus-excel-eksempeldata.csv`.
 */
export function csvDownloadName(
  stem: string,
  format: 'canonical' | 'csv' | 'excel',
  sample: boolean,
): string {
  const parts = [stem, ...(format === 'excel' ? ['excel'] : []), ...(sample ? ['eksempeldata'] : [])];
  return `${parts.join('-')}.csv`;
}
