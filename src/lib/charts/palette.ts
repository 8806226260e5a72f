import type { MarkerShape, Series, SeriesStyle } from './types.ts';

/**
 * Okabe-Ito hues, darkened where needed so every mark has at least 3:1 contrast against
 * white (WCAG 1.4.11). Colours are SVG presentation attributes, not CSS custom properties,
 * so a downloaded SVG keeps them and the site's CSP (no inline styles) is not involved.
 */
export const palette = {
  primary: '#0072B2',
  comparisons: ['#D55E00', '#009E73', '#B5508F'],
  context: '#757575',
  revised: '#D55E00',
  sample: '#8B1A1A',
  text: '#1A1A1A',
  mutedText: '#4D4D4D',
  axis: '#4D4D4D',
  grid: '#E0E0E0',
  background: '#FFFFFF',
} as const;

/** Dash patterns that keep comparison series apart when printed in grayscale. */
const COMPARISON_DASHES = ['6 3', '2 3', '8 3 2 3'] as const;
const COMPARISON_MARKERS: readonly MarkerShape[] = ['square', 'triangle', 'diamond'];

/** Styles in series order; comparisons cycle through colours, dashes and markers together. */
export function seriesStyles(series: readonly Pick<Series, 'role'>[]): SeriesStyle[] {
  let comparisonIndex = 0;
  return series.map(({ role }) => {
    if (role === 'primary') {
      return { color: palette.primary, dash: null, strokeWidth: 2.5, marker: 'circle' };
    }
    if (role === 'context') {
      return { color: palette.context, dash: null, strokeWidth: 1, marker: 'none' };
    }
    const i = comparisonIndex++ % COMPARISON_DASHES.length;
    return {
      color: palette.comparisons[i] ?? palette.context,
      dash: COMPARISON_DASHES[i] ?? null,
      strokeWidth: 2,
      marker: COMPARISON_MARKERS[i] ?? 'none',
    };
  });
}
