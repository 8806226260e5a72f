import { describe, expect, it } from 'vitest';
import { missingSentence, rankingChart, type RankingItem } from '../../../../src/lib/charts/ranking-chart.ts';
import { estimateTextWidth } from '../../../../src/lib/charts/text.ts';
import { percent } from './fixtures.ts';

function municipalities(): RankingItem[] {
  return Array.from({ length: 98 }, (_, i) => ({
    id: String(101 + i),
    label: i === 40 ? 'Aarhus' : `Kommune ${i}`,
    value: i === 5 ? null : 20 + ((i * 37) % 98) / 5,
    ...(i === 5 ? { status: 'suppressed' as const } : {}),
  }));
}

describe('rankingChart', () => {
  const chart = rankingChart(municipalities(), {
    width: 640,
    format: percent,
    highlight: '141',
    reference: { label: 'Hele landet', value: 31 },
  });

  it('draws one dot per item with a value and lists the rest instead of drawing them as zero', () => {
    expect(chart.dots).toHaveLength(97);
    expect(chart.missingLines.join(' ')).toBe('Ingen værdi for Kommune 5 (diskretioneret).');
  });

  it('dodges dots so none overlap', () => {
    const d = 2 * chart.radius;
    for (const a of chart.dots) {
      for (const b of chart.dots) {
        if (a === b) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(d - 0.01);
      }
    }
  });

  it('marks the highlighted item and the reference value with Danish labels', () => {
    expect(chart.highlight).toMatchObject({ id: '141', text: 'Aarhus: 22,0 pct.' });
    expect(chart.reference?.text).toBe('Hele landet: 31,0 pct.');
  });

  it('runs the highlight label away from the reference line', () => {
    const items = [
      { id: 'a', label: 'A', value: 0 },
      { id: 'b', label: 'B', value: 50 },
      { id: 'c', label: 'C', value: 100 },
    ];
    const options = { width: 640, format: percent, highlight: 'b' };
    const right = rankingChart(items, { ...options, reference: { label: 'R', value: 80 } }).highlight!;
    const left = rankingChart(items, { ...options, reference: { label: 'R', value: 20 } }).highlight!;
    expect(right.textX).toBeLessThan(right.x);
    expect(left.textX).toBeGreaterThan(left.x);
  });

  it('keeps annotations inside the chart at every width', () => {
    for (const width of [280, 350, 640]) {
      const edge = rankingChart(
        [
          { id: 'a', label: 'Ringkøbing-Skjern', value: 100 },
          { id: 'b', label: 'B', value: 0 },
        ],
        { width, format: percent, highlight: 'a', reference: { label: 'Hele landet', value: 50 } },
      );
      for (const annotation of [edge.highlight!, edge.reference!]) {
        expect(annotation.textX).toBeGreaterThanOrEqual(4);
        expect(annotation.textX + estimateTextWidth(annotation.text)).toBeLessThanOrEqual(width - 4);
      }
    }
  });
});

describe('missingSentence', () => {
  it('names each missing item and why', () => {
    expect(
      missingSentence([
        { id: '825', label: 'Læsø', value: null, status: 'suppressed' },
        { id: '563', label: 'Fanø', value: null },
      ]),
    ).toBe('Ingen værdi for Læsø (diskretioneret) og Fanø (ikke oplyst).');
  });
});
