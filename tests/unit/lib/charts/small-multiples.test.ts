import { describe, expect, it } from 'vitest';
import { smallMultiplesMarks } from '../../../../src/lib/charts/render/small-multiples-marks.ts';
import { smallMultiples } from '../../../../src/lib/charts/small-multiples.ts';
import { months, percent, wave } from './fixtures.ts';

const periods = months(24);
const panels = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Vejle'].map((title, i) => ({
  id: title,
  title,
  series: [
    wave(title, 'Kommunen', 'primary', 20 + i * 8, periods),
    wave('000', 'Hele landet', 'comparison', 31, periods),
  ],
}));

describe('smallMultiples', () => {
  const grid = smallMultiples(panels, { width: 640, panelHeight: 140, format: percent });

  it('fits as many columns as the minimum panel width allows and wraps the rest', () => {
    expect(grid.panels.map((p) => [p.x, p.y])).toEqual([
      [0, 28],
      [220, 28],
      [440, 28],
      [0, 209],
      [220, 209],
    ]);
    expect(grid.height).toBe(28 + 2 * (21 + 140 + 20) - 20);
  });

  it('wraps a title that is wider than its panel instead of cutting it off', () => {
    const long = [{ ...panels[0]!, title: 'Samarbejde med virksomheder' }];
    const narrow = smallMultiples(long, { width: 200, panelHeight: 140, format: percent });
    expect(narrow.panels[0]?.titleLines).toEqual(['Samarbejde med', 'virksomheder']);
    expect(narrow.panels[0]?.chartY).toBe(2 * 17 + 4);
  });

  it('makes room above every panel for the unit, which the drawing writes over each value axis', () => {
    const withUnit = smallMultiples(panels, {
      width: 640,
      panelHeight: 140,
      format: percent,
      yLabel: 'Pct.',
    });
    expect(withUnit.yLabel).toBe('Pct.');
    expect(withUnit.panels.every((p) => p.chart.plot.top === 22)).toBe(true);
    const svg = smallMultiplesMarks(withUnit);
    expect(svg.match(/<text class="chart-unit"[^>]*>Pct\.<\/text>/g)).toHaveLength(panels.length);
  });

  it('shares one value axis so panels compare honestly', () => {
    const labels = grid.panels.map((p) => p.chart.yTicks.map((t) => t.label).join(' '));
    expect(new Set(labels).size).toBe(1);
    expect(grid.panels[0]?.chart.yTicks.at(-1)?.label).toBe('60');
  });

  it('can give each panel its own value axis', () => {
    const own = smallMultiples(panels, { width: 640, panelHeight: 140, format: percent, sharedY: false });
    expect(new Set(own.panels.map((p) => p.chart.yTicks.at(-1)?.label)).size).toBeGreaterThan(1);
  });

  it('replaces line labels with one legend of the distinct series', () => {
    expect(grid.legend.map((l) => l.text)).toEqual(['Kommunen', 'Hele landet']);
    expect(grid.panels.every((p) => p.chart.labels.length === 0)).toBe(true);
  });
});
