import type { AreaData } from '../../../../src/lib/data/areas-loader.ts';
import type { Observation } from '../../../../src/lib/data/types.ts';

export const ok = (area: string, period: string, value: number): Observation => ({
  area,
  period,
  value,
  numerator: null,
  denominator: null,
  status: 'ok',
});
export const suppressed = (area: string, period: string): Observation => ({
  area,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: 'suppressed',
});

export const municipality = (
  code: string,
  name: string,
  regionCode: string,
  slug = name.toLowerCase(),
): AreaData => ({ code, name, slug, kind: 'municipality', regionCode });
export const region = (code: string, name: string): AreaData => ({
  code,
  name,
  slug: name.toLowerCase().replace(/ /g, '-'),
  kind: 'region',
  regionCode: null,
});
export const country: AreaData = {
  code: '000',
  name: 'Hele landet',
  slug: 'hele-landet',
  kind: 'country',
  regionCode: null,
};
