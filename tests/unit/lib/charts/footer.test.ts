import { describe, expect, it } from 'vitest';
import { footerLines } from '../../../../src/lib/charts/footer.ts';

describe('footerLines', () => {
  it('joins source and data date in one line', () => {
    expect(footerLines({ source: 'Jobindsats.dk (MM13)', dataDate: '2024-06-01' })).toEqual([
      'Kilde: Jobindsats.dk (MM13) · data pr. 1. juni 2024',
    ]);
  });
  it('capitalises a lone date and gives nothing for nothing', () => {
    expect(footerLines({ dataDate: '2024-06-01' })).toEqual(['Data pr. 1. juni 2024']);
    expect(footerLines({})).toEqual([]);
  });
});
