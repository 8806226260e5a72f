import type { MarkerShape, Series, SeriesStyle } from './types.ts';

/**
 * Okabe-Ito hues, darkened where needed so every mark has at least 3:1 contrast against
 * white (WCAG 1.4.11). Colours are SVG presentation attributes, not CSS custom properties,
 * so a downloaded SVG keeps them and the site's CSP (no inline styles) is not involved.
 */
export const palette = {
  primary: '#0072B2',
  /** One per compared municipality, up to MAX_COMPARED; Okabe-Ito's black takes the fourth. */
  comparisons: ['#D55E00', '#009E73', '#B5508F', '#1A1A1A'],
  context: '#757575',
  /** Background lines (a region, the country): greys that still reach 3:1. */
  contexts: ['#757575', '#8C8C8C'],
  revised: '#D55E00',
  sample: '#8B1A1A',
  text: '#1A1A1A',
  mutedText: '#4D4D4D',
  axis: '#4D4D4D',
  grid: '#E0E0E0',
  background: '#FFFFFF',
} as const;

/**
 * Each series of a chart differs from every other in colour, dash and marker, so that no
 * series is told by colour alone, in grayscale print or with a colour vision deficiency.
 * There are styles for the primary series, MAX_COMPARED comparisons and two background lines.
 */
const PRIMARY: SeriesStyle = { color: palette.primary, dash: null, strokeWidth: 2.5, marker: 'circle' };
const COMPARISON_DASHES = ['6 3', '2 3', '8 3 2 3', '12 3'] as const;
const COMPARISON_MARKERS: readonly MarkerShape[] = ['square', 'triangle', 'diamond', 'star'];
const CONTEXT_DASHES = ['4 2 1 2 1 2', '1 4'] as const;
const CONTEXT_MARKERS: readonly MarkerShape[] = ['cross', 'wye'];

/** The styles of the lines that are not the subject, by role: each role cycles through its own. */
const STYLES_OF = {
  comparison: {
    colors: palette.comparisons,
    dashes: COMPARISON_DASHES,
    markers: COMPARISON_MARKERS,
    strokeWidth: 2,
  },
  context: { colors: palette.contexts, dashes: CONTEXT_DASHES, markers: CONTEXT_MARKERS, strokeWidth: 1.5 },
} as const;

/** Styles in series order; comparisons and background lines each take the next style of their kind. */
export function seriesStyles(series: readonly Pick<Series, 'role'>[]): SeriesStyle[] {
  const used = { comparison: 0, context: 0 };
  return series.map(({ role }): SeriesStyle => {
    if (role === 'primary') return PRIMARY;
    const { colors, dashes, markers, strokeWidth } = STYLES_OF[role];
    const i = used[role]++ % markers.length;
    return {
      color: colors[i] ?? palette.context,
      dash: dashes[i] ?? null,
      strokeWidth,
      marker: markers[i] ?? 'none',
    };
  });
}
