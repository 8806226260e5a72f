import { describe, expect, it } from 'vitest';
import LineChart from '../../../../src/components/charts/LineChart.astro';
import { aarhusSeries, percent } from '../../lib/charts/fixtures.ts';
import { container, expectCspSafe } from './render.ts';
import { sourceLineOf } from '../../../../src/lib/data/source-line.ts';

const sampleMeta = {
  sample: true,
  source: { name: 'Jobindsats.dk', table: 'Y21', measure: 'MM13', url: 'https://www.jobindsats.dk/' },
} as const;

const props = {
  id: 'mm13',
  title: 'Andel selvforsørgende flygtninge',
  series: aarhusSeries(),
  format: percent,
  subject: 'andelen',
  source: {
    text: 'Kilde: Jobindsats.dk (MM13)',
    detail: 'Jobindsats.dk (MM13)',
    href: 'https://www.jobindsats.dk/',
  },
  dataDate: '2024-06-01',
  downloadName: 'mm13-aarhus',
};
const render = (extra: Record<string, unknown> = {}): Promise<string> =>
  container.renderToString(LineChart, { props: { ...props, ...extra } });

describe('LineChart', () => {
  it('opens the figure with a caption holding the title at the given level and the summary', async () => {
    const html = await render({ headingLevel: 3 });
    expect(html).toMatch(/<figure class="chart-figure" id="mm13"[^>]*><figcaption/);
    expect(html).toMatch(
      /<h3 class="chart-title" id="mm13-heading"[^>]*>Andel selvforsørgende flygtninge<\/h3>/,
    );
    expect(html).toContain(
      'I december 2024 var andelen 36,6 pct. i Aarhus mod 35,2 pct. i Region Midtjylland og 34,6 pct. i hele landet.',
    );
    expect(await render()).toMatch(/<h2 class="chart-title"/);
  });

  it('names each drawing by the heading of its figure and describes it with the summary', async () => {
    const html = await render();
    const drawings = html.match(/<svg [^>]*>/g) ?? [];
    expect(drawings).toHaveLength(4);
    for (const svg of drawings) {
      expect(svg).toContain('role="img" aria-labelledby="mm13-heading" aria-describedby="mm13-summary"');
    }
    expect(html).toMatch(/<p class="chart-summary" id="mm13-summary"[^>]*>\s*I december 2024 var andelen/);
  });

  it('draws the chart at each width for CSS to choose from, with fixed-size text', async () => {
    const html = await render();
    const widths = [...html.matchAll(/data-w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths).toEqual([280, 350, 440, 550]);
    for (const width of widths) expect(html).toContain(`viewBox="0 0 ${width} `);
    expect(html).toMatch(/font-size="13"/);
    expect(await render({ widths: [280, 860] })).toMatch(/class="chart-variant is-widest" data-w="860"/);
  });

  it('gives the source and data date once, in the page and not in the drawings', async () => {
    const html = await render();
    expect(html).toMatch(
      /<a href="https:\/\/www.jobindsats.dk\/"[^>]*>Kilde: Jobindsats.dk \(MM13\)<\/a> · data pr. 1. juni 2024/,
    );
    expect(html.match(/Kilde:/g)).toHaveLength(1);
  });

  it('says what sample data is and links its badge to the explanation, naming no source', async () => {
    const html = await render({ sample: true, source: sourceLineOf(sampleMeta) });
    expect(html).not.toContain('Kilde');
    expect(html).toMatch(
      /<a href="\/om\/eksempeldata\/"[^>]*>Eksempeldata, dannet efter Jobindsats(?:'|&#39;) måling MM13<\/a> · data pr. 1. juni 2024/,
    );
    expect(html.match(/Eksempeldata – ikke officielle tal/g)).toHaveLength(1);
    expect(html).toMatch(
      /<p class="sample-label"[^>]*><a href="\/om\/eksempeldata\/"[^>]*>Eksempeldata – ikke officielle tal<\/a><\/p>/,
    );
    expect(html).toMatch(/<chart-download [^>]*data-sample/);
    expect(await render()).not.toContain('Eksempeldata');
  });

  it('puts the numbers in a table behind "Se tallene som tabel"', async () => {
    const html = await render();
    expect(html).toMatch(/<details class="chart-data"[^>]*><summary[^>]*>Se tallene som tabel<\/summary>/);
    expect(html).toContain(
      '<tr data-key="2022-11"><th scope="row">november 2022</th><td class="num">diskretioneret</td>',
    );
  });

  it('links both CSV files beside its page, named with the sample label, and hides the script-made buttons', async () => {
    const plain = await render({ sample: true });
    expect(plain).toMatch(
      /<a class="chart-download" href="\/mm13.csv" download="mm13-aarhus-eksempeldata.csv" data-static-download="csv"/,
    );
    expect(plain).toMatch(
      /<a class="chart-download" href="\/mm13-excel.csv" download="mm13-aarhus-excel-eksempeldata.csv" data-static-download="excel"/,
    );
    expect(plain).toMatch(/<button class="chart-download" type="button" data-download="svg" hidden/);
    expect(plain).not.toContain('data-static-download="png"');
    const linked = await render({ pngHref: '/og/kommuner/aarhus.png' });
    expect(linked).toMatch(
      /<a class="chart-download" href="\/og\/kommuner\/aarhus.png" download="mm13-aarhus.png" data-static-download="png"/,
    );
  });

  it('carries its spec for redrawing and crosshair data', async () => {
    const plain = await render();
    expect(plain).toMatch(
      /<figure class="chart-figure" id="mm13" data-chart="\{&quot;kind&quot;:&quot;line&quot;/,
    );
    expect(plain).toMatch(/<chart-tooltip class="chart-frame" data-focus="\{&quot;times&quot;:/);
    expect(plain).toMatch(/data-plot="\d/);
  });

  it('needs neither inline scripts nor inline styles', async () => {
    expectCspSafe(await render({ sample: true }));
  });
});
