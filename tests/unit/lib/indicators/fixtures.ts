import type { Observation, Snapshot } from '../../../../src/lib/data/types.ts';
import type { LatestIndicator } from '../../../../src/lib/indicators/latest-indicators.ts';
import type { IndicatorMeta } from '../../../../src/lib/data/indicator-meta.ts';

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
export const missing = (area: string, period: string): Observation => ({
  area,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: 'missing',
});

/** An indicator's metadata; official (not sample) figures unless overridden. */
export const indicatorMeta = (overrides: Partial<IndicatorMeta> = {}): IndicatorMeta => ({
  id: 'mm17',
  title: 'Andel ledige der starter opkvalificering',
  shortTitle: 'Opkvalificering',
  definition: 'Andelen af de ledige, der starter et opkvalificeringsforløb.',
  unit: 'pct',
  goals: ['opkvalificering'],
  years: [2023, 2024],
  source: { name: 'Jobindsats.dk', table: 'Ministerens mål', measure: 'MM17' },
  periodicity: 'month',
  sample: false,
  changes: [],
  ...overrides,
});

/** A goal as the goal registry gives it. */
export const goal = (
  number: number | null,
  title: string,
): { data: { number: number | null; title: string } } => ({
  data: { number, title },
});

/** A snapshot published on `date`, with the given rows. */
export const snapshot = (date: string, ...observations: Observation[]): Snapshot => ({
  date,
  file: `data/indicators/mm17/snapshots/${date}.csv`,
  observations,
});

/** The goal registry the indicators below follow. */
export const goalRegistry = new Map([
  ['opkvalificering', goal(2, 'Opkvalificering')],
  ['flygtninge-selvforsoergelse', goal(3, 'Flygtninge')],
  ['kvalificeret-arbejdskraft', goal(5, 'Kvalificeret arbejdskraft')],
]);

/** Goal 2's indicator, a share, with a national value for December 2024. */
export const skillsIndicator: LatestIndicator = {
  meta: indicatorMeta(),
  latest: snapshot('2025-03-03', ok('000', '2024-12', 34.2)),
};
