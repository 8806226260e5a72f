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
  const parts = [
    indicatorId,
    date,
    ...(format === 'excel' ? ['excel'] : []),
    ...(sample ? ['eksempeldata'] : []),
  ];
  return `${parts.join('-')}.csv`;
}
