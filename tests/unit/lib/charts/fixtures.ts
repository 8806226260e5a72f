import type { Series } from '../../../../src/lib/charts/types.ts';

/** Months from January 2022 on: "2022-01", "2022-02", … */
export function months(count: number, from = 2022): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
}

/** A smooth, deterministic series with nulls where asked. */
export function wave(
  id: string,
  label: string,
  role: Series['role'],
  base: number,
  periods: readonly string[],
  nulls: Record<number, 'suppressed' | 'missing'> = {},
): Series {
  return {
    id,
    label,
    role,
    points: periods.map((period, i) => {
      const status = nulls[i];
      return status
        ? { period, value: null, status }
        : {
            period,
            value: Math.round((base + 3 * Math.sin(i / 4) + i * 0.05) * 10) / 10,
            status: 'ok' as const,
          };
    }),
  };
}

export const percent = { unit: 'percent', decimals: 1 } as const;
export const count = { unit: 'count', decimals: 0 } as const;

/** Aarhus against its region and the whole country over 36 months, with one suppressed month and a gap. */
export function aarhusSeries(): Series[] {
  const periods = months(36);
  return [
    wave('751', 'Aarhus', 'primary', 33, periods, { 10: 'suppressed', 20: 'missing', 22: 'missing' }),
    wave('1082', 'Region Midtjylland', 'comparison', 31.6, periods),
    wave('000', 'Hele landet', 'comparison', 31, periods),
  ];
}

/** Aarhus's latest two months, the earlier suppressed, and the country's latest: the tables' cases. */
export const tableAarhus: Series = {
  id: '751',
  label: 'Aarhus',
  role: 'primary',
  points: [
    { period: '2024-05', value: 34.2 },
    { period: '2024-04', value: null, status: 'suppressed' },
  ],
};
export const tableCountry: Series = {
  id: '000',
  label: 'Hele landet',
  role: 'comparison',
  points: [{ period: '2024-05', value: 31 }],
};
