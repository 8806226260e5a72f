import { describe, expect, it } from 'vitest';
import { MAX_COMPARED } from '../../../../src/lib/areas/compare-param.ts';
import { palette, seriesStyles } from '../../../../src/lib/charts/palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

describe('palette', () => {
  it('gives every mark colour at least 3:1 contrast against white', () => {
    for (const color of [palette.primary, ...palette.comparisons, ...palette.contexts, palette.revised]) {
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(3);
    }
  });
  it('gives text colours at least 4.5:1', () => {
    for (const color of [palette.text, palette.mutedText, palette.sample]) {
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('seriesStyles', () => {
  it('gives the primary series a solid, heavy line with a circle', () => {
    expect(seriesStyles([{ role: 'primary' }])[0]).toMatchObject({
      dash: null,
      marker: 'circle',
      strokeWidth: 2.5,
    });
  });

  it('tells apart every series of the fullest comparison by colour, dash and marker alike', () => {
    const roles = [
      { role: 'primary' as const },
      ...Array.from({ length: MAX_COMPARED }, () => ({ role: 'comparison' as const })),
      { role: 'context' as const },
      { role: 'context' as const },
    ];
    const styles = seriesStyles(roles);
    for (const key of ['color', 'dash', 'marker'] as const) {
      expect(new Set(styles.map((style) => style[key])).size, key).toBe(roles.length);
    }
    expect(styles.every((style) => style.marker !== 'none')).toBe(true);
  });

  it('draws background lines in grey, thinner than the municipalities', () => {
    const [region, country] = seriesStyles([{ role: 'context' }, { role: 'context' }]);
    expect([region?.color, country?.color]).toEqual([...palette.contexts]);
    expect(region?.strokeWidth).toBeLessThan(2);
  });
});
