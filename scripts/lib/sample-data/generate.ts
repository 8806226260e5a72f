import type { Area, AreaTable } from '../../../src/lib/data/areas.ts';
import type { Observation } from '../../../src/lib/data/types.ts';
import { mulberry32, normal, seedOf } from './random.ts';
import type { SampleModel } from './indicators.ts';

const FIRST_YEAR = 2019;
const MONTHS = 72;

/** Three publications; each covers months up to `through` (0 = January 2019) and revises the last six. */
export const SAMPLE_SNAPSHOTS = [
  { date: '2024-09-02', through: 66 },
  { date: '2024-12-02', through: 69 },
  { date: '2025-03-03', through: MONTHS - 1 },
] as const;

const REVISED_MONTHS = 6;

/** Rough inhabitants of the largest and smallest municipalities, so the sample has their scale. */
const INHABITANTS: Readonly<Record<string, number>> = {
  '101': 650_000,
  '751': 360_000,
  '851': 220_000,
  '461': 205_000,
  '825': 1_800,
  '741': 3_700,
  '563': 3_500,
  '492': 6_000,
};

/** Jobindsats-style discretion: small counts are withheld, never shown as 0. */
const isSuppressed = (numerator: number, denominator: number): boolean => numerator < 5 || denominator < 20;

const periodOf = (t: number): string =>
  `${FIRST_YEAR + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
const share = (numerator: number, denominator: number): number =>
  Math.round((numerator / denominator) * 1000) / 10;

interface Counts {
  numerator: number[];
  denominator: number[];
}

/** The final ("true") monthly counts of one municipality. */
function finalCounts(model: SampleModel, area: Area): Counts {
  const random = mulberry32(seedOf(model.seed, Number(area.code)));
  const inhabitants = INHABITANTS[area.code] ?? Math.round(Math.exp(normal(random, Math.log(42_000), 0.55)));
  const base = inhabitants * model.populationShare * Math.exp(normal(random, 0, 0.25));
  const effect = normal(random, 0, model.areaSpread);
  const counts: Counts = { numerator: [], denominator: [] };
  for (let t = 0; t < MONTHS; t += 1) {
    const monthly = mulberry32(seedOf(model.seed, Number(area.code), t));
    const denominator = Math.max(1, Math.round(base * (1 + 0.002 * t) * (1 + normal(monthly, 0, 0.015))));
    const p = Math.min(model.bounds[1], Math.max(model.bounds[0], model.level(t) + effect)) / 100;
    const noise = normal(monthly, 0, Math.sqrt(denominator * p * (1 - p)) * 0.5);
    counts.denominator.push(denominator);
    counts.numerator.push(Math.min(denominator, Math.max(0, Math.round(denominator * p + noise))));
  }
  return counts;
}

/** Counts as a snapshot published them: the last months lag behind and are revised upwards later. */
function publishedCounts(model: SampleModel, area: Area, counts: Counts, snapshot: number): Counts {
  const through = SAMPLE_SNAPSHOTS[snapshot]!.through;
  const published: Counts = { numerator: [], denominator: [] };
  for (let t = 0; t <= through; t += 1) {
    const age = through - t;
    const lag =
      age < REVISED_MONTHS
        ? (0.01 + 0.03 * mulberry32(seedOf(model.seed, Number(area.code), t, snapshot))()) *
          ((REVISED_MONTHS - age) / REVISED_MONTHS)
        : 0;
    published.numerator.push(Math.round(counts.numerator[t]! * (1 - lag)));
    published.denominator.push(Math.round(counts.denominator[t]! * (1 - lag / 4)));
  }
  return published;
}

/** Every snapshot of one sample indicator, rows ordered by area (country, regions, municipalities) then period. */
export function sampleSnapshots(
  model: SampleModel,
  { all }: AreaTable,
): { date: string; observations: Observation[] }[] {
  const municipalities = all.filter((area) => area.kind === 'municipality');
  const finals = new Map(municipalities.map((area) => [area.code, finalCounts(model, area)]));
  return SAMPLE_SNAPSHOTS.map(({ date, through }, snapshot) => {
    const published = new Map(
      municipalities.map((area) => [
        area.code,
        publishedCounts(model, area, finals.get(area.code)!, snapshot),
      ]),
    );
    const members = (area: Area): Counts[] =>
      municipalities
        .filter((member) => area.kind === 'country' || member.regionCode === area.code)
        .map((member) => published.get(member.code)!);
    const observations: Observation[] = [];
    for (const area of all) {
      const parts = area.kind === 'municipality' ? [published.get(area.code)!] : members(area);
      for (let t = 0; t <= through; t += 1) {
        const numerator = parts.reduce((sum, part) => sum + part.numerator[t]!, 0);
        const denominator = parts.reduce((sum, part) => sum + part.denominator[t]!, 0);
        const period = periodOf(t);
        observations.push(
          area.kind === 'municipality' && isSuppressed(numerator, denominator)
            ? {
                area: area.code,
                period,
                value: null,
                numerator: null,
                denominator: null,
                status: 'suppressed',
              }
            : {
                area: area.code,
                period,
                value: share(numerator, denominator),
                numerator,
                denominator,
                status: 'ok',
              },
        );
      }
    }
    return { date, observations };
  });
}
