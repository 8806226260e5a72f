import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { footerLines } from '../../../../src/lib/charts/footer.ts';
import {
  lineFigure,
  rankingFigure,
  revisionFigure,
  smallMultiplesFigure,
} from '../../../../src/lib/charts/figures.ts';
import type { RankingItem } from '../../../../src/lib/charts/ranking-chart.ts';
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

const common = {
  footer: footerLines({ source: 'Jobindsats.dk (MM13)', dataDate: '2024-06-01' }),
  format: percent,
};

describe('golden SVG', () => {
  it('line chart: three series, a suppressed month, a gap and an isolated value, sample label', () => {
    const parts = lineFigure(aarhusSeries(), {
      ...common,
      id: 'line',
      title: 'Andel selvforsørgende',
      subject: 'andelen',
      sample: true,
    });
    expectGolden('line-chart', parts.svg);
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
      id: 'ranking',
      title: 'Kommunerne i maj 2024',
      period: '2024-05',
      highlight: '141',
      reference: { label: 'Hele landet', value: 31 },
    });
    expectGolden('ranking-chart', parts.svg);
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
    const parts = revisionFigure(older, newer, { ...common, id: 'revision', title: 'Revisioner' });
    expectGolden('revision-chart', parts.svg);
  });

  it('small multiples: five municipalities against the country on one value axis', () => {
    const periods = months(24);
    const panels = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Vejle'].map((title, i) => ({
      id: title,
      title,
      series: [
        wave(title, 'Kommunen', 'primary', 20 + i * 8, periods),
        wave('000', 'Hele landet', 'comparison', 31, periods),
      ],
    }));
    const parts = smallMultiplesFigure(panels, {
      ...common,
      id: 'panels',
      title: 'Fem kommuner',
      summary: 'Fem kommuner.',
    });
    expectGolden('small-multiples', parts.svg);
  });
});
