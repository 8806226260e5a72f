import { describe, expect, it } from 'vitest';
import { areaFromUrl, chartDataUrl, urlWithArea } from '../../../../src/lib/charts/picker-url.ts';

describe('chartDataUrl', () => {
  it('puts the code into the template', () => {
    expect(chartDataUrl('/data/mm13/{kommune}.json', '751')).toBe('/data/mm13/751.json');
  });
});

describe('urlWithArea', () => {
  it('sets or removes the parameter and keeps the rest of the address', () => {
    const href = 'https://example.dk/indikatorer/mm13/?vis=tabel#graf';
    expect(urlWithArea(href, 'kommune', '751')).toBe('/indikatorer/mm13/?vis=tabel&kommune=751#graf');
    expect(urlWithArea('https://example.dk/a/?kommune=751', 'kommune', null)).toBe('/a/');
  });
});

describe('areaFromUrl', () => {
  it('accepts only codes the picker offers', () => {
    expect(areaFromUrl('https://example.dk/a/?kommune=751', 'kommune', ['101', '751'])).toBe('751');
    expect(areaFromUrl('https://example.dk/a/?kommune=999', 'kommune', ['101', '751'])).toBeNull();
    expect(areaFromUrl('https://example.dk/a/', 'kommune', ['101'])).toBeNull();
  });
});
