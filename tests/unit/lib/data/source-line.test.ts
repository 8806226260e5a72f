import { describe, expect, it } from 'vitest';
import { sourceLineOf, sourceLineWithDate } from '../../../../src/lib/data/source-line.ts';

const source = (measure: string) =>
  ({ name: 'Jobindsats.dk', table: 'Y21', measure, url: 'https://www.jobindsats.dk/' }) as const;
const sample = { sample: true, source: source('MM13') };
const official = { sample: false, source: source('MM13') };

describe('sourceLineOf', () => {
  it('says that generated figures are sample data modelled on the measure, and links the explanation', () => {
    expect(sourceLineOf(sample)).toEqual({
      text: "Eksempeldata, dannet efter Jobindsats' måling MM13",
      detail: "Eksempeldata, dannet efter Jobindsats' måling MM13",
      href: '/om/eksempeldata/',
    });
  });

  it('names Jobindsats and the measure for official figures, linked to the source', () => {
    expect(sourceLineOf(official)).toEqual({
      text: 'Kilde: Jobindsats.dk (MM13)',
      detail: 'Jobindsats.dk (MM13)',
      href: 'https://www.jobindsats.dk/',
    });
  });

  it('names every measure of a chart drawn from several indicators', () => {
    const two = [sample, { sample: true, source: source('MM17') }];
    expect(sourceLineOf(two).text).toBe("Eksempeldata, dannet efter Jobindsats' målinger MM13 og MM17");
    expect(sourceLineOf([official, { sample: false, source: source('MM17') }]).text).toBe(
      'Kilde: Jobindsats.dk (MM13, MM17)',
    );
  });

  it('calls the whole chart sample data when any of its indicators is', () => {
    expect(sourceLineOf([official, sample]).text).not.toContain('Kilde');
  });
});

describe('sourceLineWithDate', () => {
  it('adds the snapshot date the Danish way', () => {
    expect(sourceLineWithDate(sample, '2025-03-03')).toBe(
      "Eksempeldata, dannet efter Jobindsats' måling MM13 · data pr. 3. marts 2025",
    );
  });
});
