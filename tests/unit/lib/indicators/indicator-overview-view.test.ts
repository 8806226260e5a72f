import { describe, expect, it } from 'vitest';
import { indicatorOverviewView } from '../../../../src/lib/indicators/indicator-overview-view.ts';
import type { LatestIndicator } from '../../../../src/lib/indicators/latest-indicators.ts';
import { goalRegistry, indicatorMeta, ok, skillsIndicator, snapshot, suppressed } from './fixtures.ts';

const refugees: LatestIndicator = {
  meta: indicatorMeta({
    id: 'mm13',
    shortTitle: 'Selvforsørgelse',
    goals: ['flygtninge-selvforsoergelse'],
    source: { name: 'Jobindsats.dk', table: 'Ministerens mål', measure: 'MM13' },
  }),
  latest: snapshot('2025-03-04', ok('000', '2024-12', 51.04)),
};

describe('indicatorOverviewView', () => {
  it('orders the panels by goal and says the national values in one sentence for their shared period', () => {
    const overview = indicatorOverviewView([refugees, skillsIndicator], goalRegistry);
    expect(overview.panels.map((panel) => panel.id)).toEqual(['mm17', 'mm13']);
    expect(overview.summary).toBe(
      'I december 2024 var tallene for hele landet: opkvalificering (mål 2) 34,2 pct. og selvforsørgelse (mål 3) 51,0 pct. Hver graf har sin egen skala.',
    );
    expect(overview.source.text).toBe('Kilde: Jobindsats.dk (MM17, MM13)');
    expect(overview.dataDate).toBe('2025-03-04');
    expect(overview.format).toEqual({ unit: 'percent', decimals: 1 });
    expect(overview.sample).toBe(false);
  });

  it('names each period when the indicators report different ones', () => {
    const later = { ...refugees, latest: { ...refugees.latest, observations: [ok('000', '2025-01', 50)] } };
    expect(indicatorOverviewView([skillsIndicator, later], goalRegistry).summary).toBe(
      'De seneste tal for hele landet er: opkvalificering (mål 2) 34,2 pct. i december 2024 og selvforsørgelse (mål 3) 50,0 pct. i januar 2025. Hver graf har sin egen skala.',
    );
  });

  it('leaves an indicator without a published national value out of the sentence, not out of the panels', () => {
    const unpublished = {
      ...refugees,
      latest: { ...refugees.latest, observations: [suppressed('000', '2024-12')] },
    };
    const overview = indicatorOverviewView([skillsIndicator, unpublished], goalRegistry);
    expect(overview.panels).toHaveLength(2);
    expect(overview.summary).toBe(
      'I december 2024 var tallene for hele landet: opkvalificering (mål 2) 34,2 pct. Hver graf har sin egen skala.',
    );
  });
});
