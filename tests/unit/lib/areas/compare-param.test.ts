import { describe, expect, it } from 'vitest';
import { comparedFromUrl, MAX_COMPARED, urlWithCompared } from '../../../../src/lib/areas/compare-param.ts';

const known = ['101', '147', '151', '461', '751', '851'];
const page = 'https://example.dk/kommuner/aarhus/';

describe('comparedFromUrl', () => {
  it('reads the compared codes in the order given', () => {
    expect(comparedFromUrl(`${page}?sammenlign=461,101`, known, '751')).toEqual(['461', '101']);
  });

  it('leaves out unknown codes, repeats and the page’s own municipality', () => {
    expect(comparedFromUrl(`${page}?sammenlign=999,101,101,751`, known, '751')).toEqual(['101']);
  });

  it(`keeps at most ${MAX_COMPARED}`, () => {
    expect(comparedFromUrl(`${page}?sammenlign=101,147,151,461,851`, known, '751')).toEqual([
      '101',
      '147',
      '151',
      '461',
    ]);
  });

  it('is empty without the parameter', () => {
    expect(comparedFromUrl(page, known, '751')).toEqual([]);
  });

  it('reads an encoded comma too', () => {
    expect(comparedFromUrl(`${page}?sammenlign=101%2C461`, known, '751')).toEqual(['101', '461']);
  });
});

describe('urlWithCompared', () => {
  it('writes the codes with plain commas and keeps the hash', () => {
    expect(urlWithCompared(`${page}#opkvalificering`, ['751', '101'])).toBe(
      '/kommuner/aarhus/?sammenlign=751,101#opkvalificering',
    );
  });

  it('keeps other parameters', () => {
    expect(urlWithCompared(`${page}?q=x`, ['101'])).toBe('/kommuner/aarhus/?q=x&sammenlign=101');
  });

  it('drops the parameter when nothing is compared', () => {
    expect(urlWithCompared(`${page}?sammenlign=101`, [])).toBe('/kommuner/aarhus/');
  });
});
