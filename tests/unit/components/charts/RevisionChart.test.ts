import { describe, expect, it } from 'vitest';
import RevisionChart from '../../../../src/components/charts/RevisionChart.astro';
import type { Series } from '../../../../src/lib/charts/types.ts';
import { percent } from '../../lib/charts/fixtures.ts';
import { container, expectCspSafe } from './render.ts';

const older: Series = {
  id: 'o',
  label: 'Data pr. 1. marts 2024',
  role: 'primary',
  points: [
    { period: '2024-01', value: 30 },
    { period: '2024-02', value: 31 },
  ],
};
const newer: Series = {
  id: 'n',
  label: 'Data pr. 1. juni 2024',
  role: 'primary',
  points: [
    { period: '2024-01', value: 30 },
    { period: '2024-02', value: 31.5 },
    { period: '2024-03', value: 32 },
  ],
};

describe('RevisionChart', () => {
  it('says how much was revised, rings it and tabulates the change', async () => {
    const html = await container.renderToString(RevisionChart, {
      props: { id: 'rev', title: 'Revisioner', older, newer, format: percent, downloadName: 'rev' },
    });
    expect(html).toContain(
      'Grafen viser de seneste 2 måneder, som begge opgørelser dækker. Af dem er 1 revideret. Den største ændring er +0,5 procentpoint i februar 2024.',
    );
    // One ring in each of the four drawings.
    expect(html.match(/<circle [^>]*r="5.5" fill="none"/g)).toHaveLength(4);
    expect(html).toContain('<th scope="col" class="num">Ændring</th>');
    expectCspSafe(html);
  });
});
