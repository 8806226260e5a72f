import type { Observation } from '../data/types.ts';
import { valueAt } from './values.ts';

/** A municipality's place among those with a published value in a period. */
export interface Rank {
  /** 1 for the highest value; municipalities with equal values share a rank (1, 2, 2, 4). */
  rank: number;
  /** How many municipalities had a published value and so were ranked. */
  of: number;
}

/**
 * Where a municipality stands among the given municipalities in one period, counted from the
 * highest value down. It says nothing about better or worse: for some indicators a high share is
 * the aim, for others it is not, so pages word it plainly ("3. højeste andel af 94").
 * Null when the municipality's own value is suppressed, missing or absent.
 */
export function rankAmongMunicipalities(
  observations: readonly Observation[],
  period: string,
  areaCode: string,
  municipalityCodes: readonly string[],
): Rank | null {
  const own = valueAt(observations, areaCode, period);
  if (own === null) return null;
  let higher = 0;
  let of = 0;
  for (const code of municipalityCodes) {
    const value = valueAt(observations, code, period);
    if (value === null) continue;
    of += 1;
    if (value > own) higher += 1;
  }
  return { rank: higher + 1, of };
}
