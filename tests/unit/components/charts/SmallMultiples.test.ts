import { describe, expect, it } from 'vitest';
import SmallMultiples from '../../../../src/components/charts/SmallMultiples.astro';
import { months, percent, wave } from '../../lib/charts/fixtures.ts';
import { container, expectCspSafe } from './render.ts';

const periods = months(12);
const panels = ['Aarhus', 'Odense'].map((title, i) => ({
  id: title,
  title,
  series: [
    wave(title, 'Kommunen', 'primary', 25 + i * 5, periods),
    wave('000', 'Hele landet', 'comparison', 31, periods),
  ],
}));

describe('SmallMultiples', () => {
  it('draws a titled panel per area and tabulates each area once and the country once', async () => {
    const html = await container.renderToString(SmallMultiples, {
      props: {
        id: 'sm',
        title: 'To kommuner',
        summary: 'Begge ligger under landsniveauet.',
        panels,
        format: percent,
        downloadName: 'sm',
      },
    });
    // Two panels in each of the four drawings.
    expect(html.match(/<g class="chart-panel"/g)).toHaveLength(8);
    expect(html).toContain(
      '<th scope="col" class="num">Aarhus</th><th scope="col" class="num">Hele landet</th><th scope="col" class="num">Odense</th>',
    );
    expect(html).toContain('Begge ligger under landsniveauet.');
    expectCspSafe(html);
  });
});
