import type { Area } from '../../../../src/lib/data/areas.ts';
export { ok, suppressed } from '../indicators/fixtures.ts';

export const municipality = (
  code: string,
  name: string,
  regionCode: string,
  slug = name.toLowerCase(),
): Area => ({ code, name, slug, kind: 'municipality', regionCode, aliases: [] });
export const region = (code: string, name: string): Area => ({
  code,
  name,
  slug: name.toLowerCase().replace(/ /g, '-'),
  kind: 'region',
  regionCode: null,
  aliases: [],
});
export const country: Area = {
  code: '000',
  name: 'Hele landet',
  slug: 'hele-landet',
  kind: 'country',
  regionCode: null,
  aliases: [],
};
