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
export const missing = (area: string, period: string): Observation => ({
  area,
  period,
  value: null,
  numerator: null,
  denominator: null,
  status: 'missing',
});
