import { describe, expect, it } from 'vitest';
import { snapshotDownloadName } from '../../../../src/lib/data/download-name.ts';

describe('snapshotDownloadName', () => {
  it('labels a sample snapshot as eksempeldata in the saved file name', () => {
    expect(snapshotDownloadName('mm13', '2025-03-03', 'canonical', true)).toBe(
      'mm13-2025-03-03-eksempeldata.csv',
    );
    expect(snapshotDownloadName('mm13', '2025-03-03', 'excel', true)).toBe(
      'mm13-2025-03-03-excel-eksempeldata.csv',
    );
  });

  it('leaves official figures unlabelled', () => {
    expect(snapshotDownloadName('mm13', '2025-03-03', 'canonical', false)).toBe('mm13-2025-03-03.csv');
  });
});
