import type { IndicatorView } from '../../../../src/lib/areas/area-goals.ts';
import type { Area } from '../../../../src/lib/data/areas.ts';
import { ok, suppressed } from '../indicators/fixtures.ts';
export { ok, suppressed };

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

/** MM17 in Aarhus, Odder, Region Midtjylland and the country, December 2024. */
export const indicator: IndicatorView = {
  meta: {
    id: 'mm17',
    title: 'Andel ledige der starter opkvalificering',
    shortTitle: 'Opkvalificering',
    definition: 'Andelen …',
    unit: 'pct',
    goals: ['opkvalificering'],
    years: [2024],
    source: { name: 'Jobindsats.dk', table: 'Ministerens mål', measure: 'MM17' },
    periodicity: 'month',
    sample: true,
    changes: [],
  },
  date: '2025-03-03',
  period: '2024-12',
  format: { unit: 'percent', decimals: 1 },
  observations: [
    ok('751', '2023-12', 4.1),
    ok('751', '2024-12', 4.8),
    suppressed('727', '2024-12'),
    ok('1082', '2024-12', 4.1),
    ok('000', '2024-11', 3.7),
    ok('000', '2024-12', 3.8),
  ],
};
