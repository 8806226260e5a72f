/**
 * Text that reaches a page from data files (area names from data/reference/*.csv,
 * labels and titles from indicator metadata) is escaped wherever it is rendered,
 * including the SVG and table strings that charts build by hand and inject with
 * set:html. A hostile value must come out as inert text.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import KommunePicker from '../../../src/components/charts/KommunePicker.astro';
import LineChart from '../../../src/components/charts/LineChart.astro';
import RankingChart from '../../../src/components/charts/RankingChart.astro';
import RevisionChart from '../../../src/components/charts/RevisionChart.astro';
import SmallMultiples from '../../../src/components/charts/SmallMultiples.astro';
import AreaTable from '../../../src/components/tables/AreaTable.astro';
import type { Series } from '../../../src/lib/charts/types.ts';
import { rawTextElements, tags } from '../../support/html.ts';

const hostile = `"><img src=x onerror=alert(1)><script>alert(2)</script>'`;
const percent = { unit: 'percent', decimals: 1 } as const;
const container = await AstroContainer.create();

function series(id: string, role: Series['role']): Series {
  const points = ['2024-01', '2024-02', '2024-03'].map((period, index) => ({ period, value: 30 + index }));
  return { id, label: hostile, role, points };
}

/** No element, attribute or script that the hostile value could have opened. */
function expectInert(html: string): void {
  // Inside a quoted attribute (data-focus JSON) "<img" is inert text, so look at parsed tags, not substrings.
  const opened = tags(html).filter(
    (tag) => tag.name === 'img' || [...tag.attributes.keys()].some((n) => n.startsWith('on')),
  );
  expect(opened.map((tag) => tag.excerpt)).toEqual([]);
  const scripts = rawTextElements(html, 'script').filter(({ body }) => body.includes('alert'));
  expect(scripts.map(({ tag }) => tag.excerpt)).toEqual([]);
  expect(html).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;|\\u003cimg/);
}

const cases: Array<[string, () => Promise<string>]> = [
  [
    'LineChart',
    () =>
      container.renderToString(LineChart, {
        props: {
          id: 'c',
          title: hostile,
          series: [series('751', 'primary'), series('000', 'comparison')],
          format: percent,
          subject: hostile,
          source: hostile,
          dataDate: '2024-06-01',
          downloadName: 'c',
        },
      }),
  ],
  [
    'RankingChart',
    () =>
      container.renderToString(RankingChart, {
        props: {
          id: 'r',
          title: hostile,
          period: '2024-05',
          format: percent,
          highlight: '751',
          downloadName: 'r',
          items: [
            { id: '751', label: hostile, value: 34.2 },
            { id: '101', label: 'København', value: 36 },
          ],
          reference: { label: hostile, value: 31 },
        },
      }),
  ],
  [
    'RevisionChart',
    () =>
      container.renderToString(RevisionChart, {
        props: {
          id: 'v',
          title: hostile,
          older: series('o', 'primary'),
          newer: series('n', 'primary'),
          format: percent,
          downloadName: 'v',
        },
      }),
  ],
  [
    'SmallMultiples',
    () =>
      container.renderToString(SmallMultiples, {
        props: {
          id: 's',
          title: hostile,
          summary: hostile,
          format: percent,
          downloadName: 's',
          panels: [
            { id: 'p', title: hostile, series: [series('751', 'primary'), series('000', 'comparison')] },
          ],
        },
      }),
  ],
  [
    'KommunePicker',
    () =>
      container.renderToString(KommunePicker, {
        props: {
          target: 'c',
          dataUrl: '/data/c/{kommune}.json',
          areas: [{ code: '751', name: hostile }],
          selected: '751',
        },
      }),
  ],
  [
    'AreaTable',
    () =>
      container.renderToString(AreaTable, {
        props: {
          caption: hostile,
          columns: [{ label: hostile, numeric: true }],
          rows: [{ area: '751', name: hostile, cells: [hostile] }],
        },
      }),
  ],
];

describe('values from data files are escaped', () => {
  test.for(cases)('%s renders a hostile name as text', async ([, render]) => {
    expectInert(await render());
  });
});
