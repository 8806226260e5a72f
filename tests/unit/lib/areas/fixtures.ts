import type { AreaData } from '../../../../src/lib/data/areas-loader.ts';
export { ok, suppressed } from '../indicators/fixtures.ts';

export const municipality = (
  code: string,
  name: string,
  regionCode: string,
  slug = name.toLowerCase(),
): AreaData => ({ code, name, slug, kind: 'municipality', regionCode, aliases: [] });
export const region = (code: string, name: string): AreaData => ({
  code,
  name,
  slug: name.toLowerCase().replace(/ /g, '-'),
  kind: 'region',
  regionCode: null,
  aliases: [],
});
export const country: AreaData = {
  code: '000',
  name: 'Hele landet',
  slug: 'hele-landet',
  kind: 'country',
  regionCode: null,
  aliases: [],
};
