import { describe, expect, it } from 'vitest';
import LineChart from '../../../../src/components/charts/LineChart.astro';
import { aarhusSeries, percent } from '../../lib/charts/fixtures.ts';
import { container, expectCspSafe } from './render.ts';

const props = {
  id: 'mm13',
  title: 'Andel selvforsørgende flygtninge',
  series: aarhusSeries(),
  format: percent,
  subject: 'andelen',
  source: 'Jobindsats.dk (MM13)',
  sourceHref: 'https://www.jobindsats.dk/',
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

  it('names the SVG by its own title and describes it with the summary', async () => {
    const html = await render();
    expect(html).toContain('role="img" aria-labelledby="mm13-svg-title" aria-describedby="mm13-svg-desc"');
    expect(html).toContain('<title id="mm13-svg-title">Andel selvforsørgende flygtninge</title>');
    expect(html).toMatch(/<desc id="mm13-svg-desc">I december 2024 var andelen/);
  });

  it('gives source and data date in the page and inside the SVG', async () => {
    const html = await render();
    expect(html).toMatch(
      /Kilde: <a href="https:\/\/www.jobindsats.dk\/"[^>]*>Jobindsats.dk \(MM13\)<\/a> · data pr. 1. juni 2024/,
    );
    expect(html).toContain('>Kilde: Jobindsats.dk (MM13) · data pr. 1. juni 2024</text>');
  });

  it('labels sample data above the chart, inside the SVG and for the CSV download', async () => {
    const html = await render({ sample: true });
    expect(html).toMatch(/<p class="sample-label"[^>]*>Eksempeldata – ikke officielle tal<\/p>/);
    expect(html).toMatch(/<text class="chart-sample"[^>]*>Eksempeldata – ikke officielle tal<\/text>/);
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

  it('hides the script-made downloads until the script runs and links a static CSV when given', async () => {
    const plain = await render();
    expect(plain).toMatch(/<button type="button" data-download="png" hidden/);
    expect(plain).not.toContain('data-csv-link');
    const linked = await render({ csvHref: '/data/mm13/751.csv' });
    expect(linked).toMatch(/<a href="\/data\/mm13\/751.csv" download="mm13-aarhus.csv" data-csv-link/);
  });

  it('carries crosshair data, and redraw options only when a picker may redraw it', async () => {
    const plain = await render();
    expect(plain).toMatch(/<chart-tooltip class="chart-frame" data-focus="\{&quot;offsetY&quot;:0/);
    expect(plain).not.toContain('data-redraw');
    expect(await render({ pickable: true })).toContain(
      'data-redraw="{&quot;width&quot;:640,&quot;height&quot;:320',
    );
  });

  it('needs neither inline scripts nor inline styles', async () => {
    expectCspSafe(await render({ sample: true, pickable: true }));
  });
});
