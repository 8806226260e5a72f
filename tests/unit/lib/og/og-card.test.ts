import { describe, expect, it } from 'vitest';
import { drawChart } from '../../../../src/lib/charts/draw-chart.ts';
import { standaloneChromeHeight, standaloneSvg } from '../../../../src/lib/charts/render/svg-document.ts';
import { OG_IMAGE, ogChartCard, ogTextCard } from '../../../../src/lib/og/og-card.ts';
import { aarhusSeries, percent } from '../charts/fixtures.ts';

const text = {
  title: 'Andel selvforsørgende: Aarhus, Region Midtjylland og hele landet',
  description: 'Aarhus 47,3 pct.',
  sample: true,
  source: 'Kilde: Jobindsats.dk (MM13) · data pr. 1. juni 2024',
  url: 'https://example.org/kommuner/aarhus/flygtninge-selvforsoergelse/',
};
const spec = { kind: 'line', series: aarhusSeries(), format: percent } as const;
const size = (svg: string): string => /viewBox="0 0 (\S+) (\S+)"/.exec(svg)?.slice(1).join('×') ?? '';

describe('ogChartCard', () => {
  it('is the document the PNG download button makes, sized to half the 1200 × 630 card', () => {
    const card = ogChartCard(text, spec);
    expect(size(card)).toBe(`${OG_IMAGE.width / 2}×${OG_IMAGE.height / 2}`);
    const height = OG_IMAGE.height / 2 - standaloneChromeHeight(text, 576);
    expect(card).toBe(standaloneSvg(drawChart({ ...spec, height }, 576), text));
  });

  it('draws the chart at full size, never scaled down, so its text keeps its size', () => {
    const card = ogChartCard(text, spec);
    expect(card).not.toMatch(/scale\(/);
    expect(card).toContain('Eksempeldata');
    expect(card).toContain(text.source);
    expect(card).toContain(text.url);
  });

  it('stops with the page when a title leaves no room for the chart', () => {
    const long = { ...text, title: 'Et meget langt navn '.repeat(30) };
    expect(() => ogChartCard(long, spec)).toThrow(`Preview image for ${text.url}`);
  });
});

describe('ogTextCard', () => {
  it('sets its lines where the chart would be, in the same frame and size', () => {
    const card = ogTextCard({ ...text, sample: false, source: '' }, [
      '1. Flere i job',
      '2. Færre på offentlig forsørgelse',
    ]);
    expect(size(card)).toBe('600×315');
    expect(card).toContain('>2. Færre på offentlig forsørgelse</text>');
    expect(card).not.toContain('Eksempeldata');
  });
});
