import type { IndicatorMeta } from '../../../src/lib/data/indicator-meta.ts';

/** How a sample indicator behaves: its population and the share that counts, by month. */
export interface SampleModel {
  meta: IndicatorMeta;
  seed: number;
  /** Size of the denominator as a share of the municipality's inhabitants. */
  populationShare: number;
  /** Spread between municipalities of the level (percentage points). */
  areaSpread: number;
  /** Level in percent in month `t` (0 = January 2019) before the municipality's own effect. */
  level: (t: number) => number;
  /** Lowest and highest plausible share. */
  bounds: [number, number];
}

// Goal years with a verified Jobindsats indicator for goals 2, 3 and 5 (see research/domain.md).
const common = {
  unit: 'pct' as const,
  years: [2022, 2023, 2024],
  periodicity: 'month' as const,
  sample: true,
  published: '2026-11-21',
  changes: [],
};
const seasonal = (t: number, peakMonth: number): number =>
  Math.cos((2 * Math.PI * ((t % 12) - peakMonth)) / 12);

export const SAMPLE_MODELS: SampleModel[] = [
  {
    meta: {
      ...common,
      id: 'mm17',
      title: 'Andel ledige der starter opkvalificering',
      shortTitle: 'Opkvalificering',
      definition:
        'Andelen af personer på a-dagpenge, kontanthjælp, uddannelseshjælp eller ledighedsydelse, der i måneden starter ordinær uddannelse, 6 ugers jobrettet uddannelse eller et voksenlærlingeforløb. Nævneren er antaget at være modtagerne af de fire ydelser i måneden.',
      goals: ['opkvalificering'],
      source: { name: 'Jobindsats.dk', table: 'Ministerens mål', measure: 'MM17' },
    },
    seed: 17,
    populationShare: 0.035,
    areaSpread: 0.7,
    level: (t) => 2.8 + 0.012 * t + 0.9 * Math.max(0, seasonal(t, 7)) + 0.5 * Math.max(0, seasonal(t, 0)),
    bounds: [0.5, 7],
  },
  {
    meta: {
      ...common,
      id: 'mm13',
      title: 'Andel selvforsørgende flygtninge og familiesammenførte',
      shortTitle: 'Selvforsørgende flygtninge',
      definition:
        'Andelen af flygtninge og familiesammenførte til flygtninge (18–66 år, første opholdstilladelse fra 2004, bosat i Danmark), der i måneden er i ustøttet lønmodtagerbeskæftigelse. Fleksjob, løntilskud og skånejob tæller ikke med. Tallene bygger på levende registre, så de seneste måneder revideres.',
      goals: ['flygtninge-selvforsoergelse'],
      source: { name: 'Jobindsats.dk', table: 'Y21', measure: 'MM13' },
    },
    seed: 13,
    populationShare: 0.011,
    areaSpread: 3,
    level: (t) => 41 + 0.13 * t + 1.5 * seasonal(t, 6) - (t >= 15 && t <= 23 ? 3 : 0),
    bounds: [32, 58],
  },
  {
    meta: {
      ...common,
      id: 'kvalificeret-arbejdskraft',
      title: 'Samarbejdsgrad mellem jobcentre og virksomheder (eksempelindikator)',
      shortTitle: 'Samarbejde med virksomheder',
      definition:
        'Eksempelindikator modelleret efter MM10 »Samarbejdsgrad mellem jobcentre og virksomheder«: andelen af virksomhederne i kommunen, som jobcentret har kontakt med om fx løntilskud, virksomhedspraktik og lignende. Den indikator, der faktisk blev brugt til målet i 2021–2024, er ikke dokumenteret her.',
      goals: ['kvalificeret-arbejdskraft'],
      source: { name: 'Jobindsats.dk', table: 'Ministerens mål', measure: 'MM10' },
    },
    seed: 5,
    populationShare: 0.05,
    areaSpread: 5,
    level: (t) => 26 + 0.06 * t + 1 * seasonal(t, 9),
    bounds: [12, 42],
  },
];
