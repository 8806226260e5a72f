import type { ChartSpec } from './chart-spec.ts';
import { heightAt } from './chart-spec.ts';
import { yLabelFor } from './figure-parts.ts';
import { plotAttribute } from './focus.ts';
import { lineChart } from './line-chart.ts';
import { rankingChart } from './ranking-chart.ts';
import { lineChartMarks } from './render/line-marks.ts';
import { rankingChartMarks } from './render/ranking-marks.ts';
import { revisionChartMarks } from './render/revision-marks.ts';
import { smallMultiplesMarks } from './render/small-multiples-marks.ts';
import type { DrawnChart } from './render/svg-document.ts';
import { revisionChart } from './revision-chart.ts';
import { smallMultiples } from './small-multiples.ts';

/** The chart of a spec drawn for one width: its marks, its height and, over time, its plot frame. */
export function drawChart(spec: ChartSpec, width: number): DrawnChart {
  const { format } = spec;
  switch (spec.kind) {
    case 'line': {
      const height = heightAt(spec.height ?? 320, width);
      const geometry = lineChart(spec.series, {
        width,
        height,
        format,
        includeZero: spec.includeZero ?? true,
      });
      const body = lineChartMarks(geometry, yLabelFor(format, spec.yLabel));
      return { width, height: geometry.height, body, plot: plotAttribute(geometry.plot) };
    }
    case 'revision': {
      const height = heightAt(spec.height ?? 320, width);
      const geometry = revisionChart(spec.older, spec.newer, { width, height, format });
      const body = revisionChartMarks(geometry, yLabelFor(format, spec.yLabel));
      return { width, height: geometry.height, body, plot: plotAttribute(geometry.plot) };
    }
    case 'ranking': {
      const { highlight, reference } = spec;
      const geometry = rankingChart(spec.items, { width, format, highlight, reference });
      return { width, height: geometry.height, body: rankingChartMarks(geometry) };
    }
    case 'small-multiples': {
      const geometry = smallMultiples(spec.panels, {
        width,
        panelHeight: spec.panelHeight ?? 140,
        format,
        ...(spec.columns === undefined ? {} : { columns: spec.columns }),
        ...(spec.legend === undefined ? {} : { legend: spec.legend }),
        ...(spec.sharedY === undefined ? {} : { sharedY: spec.sharedY }),
        ...yLabelFor(format, undefined),
      });
      return { width, height: geometry.height, body: smallMultiplesMarks(geometry) };
    }
  }
}
