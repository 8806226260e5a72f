import { describe, expect, it } from 'vitest';
import RankingChart from '../../../../src/components/charts/RankingChart.astro';
import { percent } from '../../lib/charts/fixtures.ts';
import { container, expectCspSafe } from './render.ts';

const items = [
  { id: '751', label: 'Aarhus', value: 34.2 },
  { id: '101', label: 'København', value: 36 },
  { id: '563', label: 'Fanø', value: 20.1 },
  { id: '825', label: 'Læsø', value: null, status: 'suppressed' as const },
];

describe('RankingChart', () => {
  it('summarises the highlighted municipality and lists the ones without a value', async () => {
    const html = await container.renderToString(RankingChart, {
      props: {
        id: 'rank',
        title: 'Kommunerne i maj 2024',
        items,
        period: '2024-05',
        format: percent,
        highlight: '751',
        reference: { label: 'Hele landet', value: 31 },
        downloadName: 'mm13-kommuner-2024-05',
      },
    });
    expect(html).toContain(
      'I maj 2024 havde Aarhus den 2. højeste værdi blandt 3 kommuner med en værdi: 34,2 pct. mod 31,0 pct. i hele landet.',
    );
    expect(html).toContain('>Ingen værdi for Læsø (diskretioneret).</text>');
    expect(html).toContain(
      '<tr data-key="825"><th scope="row">Læsø</th><td class="num"></td><td class="num">diskretioneret</td></tr>',
    );
    expect(html).not.toContain('<chart-tooltip');
    expectCspSafe(html);
  });
});
