import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { CHART_WIDTHS } from '../../../../src/lib/charts/chart-widths.ts';
import { drawChart } from '../../../../src/lib/charts/draw-chart.ts';
import {
  lineFigure,
  rankingFigure,
  revisionFigure,
  smallMultiplesFigure,
} from '../../../../src/lib/charts/figures.ts';
import type { RankingItem } from '../../../../src/lib/charts/rank-items.ts';
import { chartSvg, standaloneSvg } from '../../../../src/lib/charts/render/svg-document.ts';
import { aarhusSeries, months, percent, wave } from './fixtures.ts';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../golden/charts');

/** One tag per line, so a failing comparison shows which mark moved. */
const readable = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;

/**
 * Compares with tests/golden/charts/<name>.svg; UPDATE_GOLDEN=1 rewrites the file.
 * Runs with TZ=UTC like every test here, although the geometry never reads local time.
 */
function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, `${name}.svg`);
  const actual = readable(svg);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`${file} is missing: run the tests once with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const common = { format: percent };

/** One golden file per width the server draws, as the page shows it. */
function expectGoldens(name: string, spec: ChartSpec): void {
  for (const width of CHART_WIDTHS) expectGolden(`${name}-${width}`, chartSvg(drawChart(spec, width), name));
}

describe('golden SVG', () => {
  it('line chart: three series, a suppressed month, a gap and an isolated value', () => {
    const parts = lineFigure(aarhusSeries(), {
      ...common,
      title: 'Andel selvforsørgende',
      subject: 'andelen',
    });
    expectGoldens('line-chart', parts.spec);
  });

  it('ranking chart: 98 municipalities, one suppressed, Aarhus and the country marked', () => {
    const items: RankingItem[] = Array.from({ length: 98 }, (_, i) => ({
      id: String(101 + i),
      label: i === 40 ? 'Aarhus' : `Kommune ${i}`,
      value: i === 5 ? null : 20 + ((i * 37) % 98) / 5,
      status: i === 5 ? 'suppressed' : 'ok',
    }));
    const parts = rankingFigure(items, {
      ...common,
      title: 'Kommunerne i maj 2024',
      period: '2024-05',
      highlight: '141',
      reference: { label: 'Hele landet', value: 31 },
    });
    expectGoldens('ranking-chart', parts.spec);
  });

  it('revision chart: two snapshots with revised, appeared and vanished values', () => {
    const [aarhus] = aarhusSeries();
    const newer = { ...aarhus!, id: 'new', label: 'Data pr. 1. juni 2024' };
    const older = {
      ...aarhus!,
      id: 'old',
      label: 'Data pr. 1. marts 2024',
      points: aarhus!.points
        .slice(0, 33)
        .map((p, i) => (i > 28 && p.value !== null ? { ...p, value: p.value - 0.6 } : p)),
    };
    expectGoldens('revision-chart', revisionFigure(older, newer, { ...common, title: 'Revisioner' }).spec);
  });

  it('small multiples: five municipalities against the country, with a title that needs two lines', () => {
    const periods = months(24);
    const names = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Samarbejde med virksomheder i Vejle'];
    const panels = names.map((title, i) => ({
      id: title,
      title,
      series: [
        wave(title, 'Kommunen', 'primary', 20 + i * 8, periods),
        wave('000', 'Hele landet', 'comparison', 31, periods),
      ],
    }));
    const parts = smallMultiplesFigure(panels, {
      ...common,
      title: 'Fem kommuner',
      summary: 'Fem kommuner.',
    });
    expectGoldens('small-multiples', parts.spec);
  });

  it('a downloaded chart carries title, sample label, source, data date and address', () => {
    const parts = lineFigure(aarhusSeries(), { ...common, title: 'Andel selvforsørgende' });
    const svg = standaloneSvg(drawChart(parts.spec, 550), {
      title: 'Andel selvforsørgende: Aarhus, Region Midtjylland og hele landet',
      description: parts.summary,
      sample: true,
      source: 'Kilde: Jobindsats.dk (MM13) · data pr. 1. juni 2024',
      url: 'https://example.org/kommuner/aarhus/',
    });
    expectGolden('standalone', svg);
  });
});
