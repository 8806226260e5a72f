import { describe, expect, it } from 'vitest';
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
    for (const color of [palette.primary, ...palette.comparisons, palette.context, palette.revised]) {
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
  it('tells series apart without colour: primary solid and heavy, comparisons dashed with their own marker', () => {
    const styles = seriesStyles([
      { role: 'primary' },
      { role: 'comparison' },
      { role: 'comparison' },
      { role: 'context' },
    ]);
    expect(styles[0]).toMatchObject({ dash: null, marker: 'circle', strokeWidth: 2.5 });
    expect(styles[1]?.dash).not.toBeNull();
    expect(new Set(styles.slice(0, 3).map((s) => s.dash)).size).toBe(3);
    expect(new Set(styles.slice(0, 3).map((s) => s.marker)).size).toBe(3);
    expect(styles[3]).toMatchObject({ color: palette.context, marker: 'none' });
  });
});
