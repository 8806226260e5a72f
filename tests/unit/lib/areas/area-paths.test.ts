import { describe, expect, it } from 'vitest';
import { areaDataUrl, chartId, municipalityPath, regionPath } from '../../../../src/lib/areas/area-paths.ts';

describe('area paths', () => {
  it('puts a municipality and its goal pages under /kommuner/', () => {
    expect(municipalityPath('aarhus')).toBe('/kommuner/aarhus/');
    expect(municipalityPath('aarhus', 'opkvalificering')).toBe('/kommuner/aarhus/opkvalificering/');
  });

  it('puts a region and its goal pages under /regioner/', () => {
    expect(regionPath('region-midtjylland', 'opkvalificering')).toBe(
      '/regioner/region-midtjylland/opkvalificering/',
    );
  });

  it('names a goal chart apart from the goal’s own anchor', () => {
    expect(chartId('opkvalificering')).not.toBe('opkvalificering');
  });

  it('points at the per-area chart JSON with a placeholder for the code', () => {
    expect(areaDataUrl('mm13')).toBe('/data/mm13/kommune/{kommune}.json');
  });
});
