import { describe, expect, it } from 'vitest';
import { areaGoalView } from '../../../../src/lib/areas/area-goal-view.ts';
import { areaPageView } from '../../../../src/lib/areas/area-page-view.ts';
import type { AreaContext } from '../../../../src/lib/areas/area-pages.ts';
import type { AreaGoal } from '../../../../src/lib/areas/area-goals.ts';
import { municipality, region } from './fixtures.ts';

const goal = (id: string, number: number, indicatorId: string | null): AreaGoal =>
  ({
    goal: { id, data: { title: `Mål om ${id}`, number, wording: 'Flere skal i job.' } },
    indicator: indicatorId === null ? null : { meta: { id: indicatorId } },
    letters: [],
    followUp: null,
  }) as unknown as AreaGoal;

const midt = region('1082', 'Region Midtjylland');
const aarhus = municipality('751', 'Aarhus', '1082');
const odder = municipality('727', 'Odder', '1082');
const goals = [goal('sagsbehandling', 1, null), goal('opkvalificering', 2, 'mm17')];

const context: AreaContext = { goals, municipalities: [aarhus, odder], municipalityCodes: ['751', '727'] };

describe('areaPageView', () => {
  it('links a municipality to its region, compares its measured goals and lists its neighbours last', () => {
    const view = areaPageView({ area: aarhus, region: midt, neighbours: [aarhus, odder] }, context);
    expect(view.trail).toEqual([{ href: '/kommuner/', label: 'Kommunerne' }]);
    expect(view.regionLink).toEqual({ href: '/regioner/region-midtjylland/', name: 'Region Midtjylland' });
    expect(view.compare?.options).toEqual([odder]);
    expect(view.compare?.charts).toEqual([
      { target: 'opkvalificering-graf', src: '/data/mm17/kommune/{kommune}.json' },
    ]);
    expect(view.sections.map((section) => section.pageHref)).toEqual([
      '/kommuner/aarhus/sagsbehandling/',
      '/kommuner/aarhus/opkvalificering/',
    ]);
    expect(view.municipalityList).toEqual({
      heading: 'Andre kommuner i Region Midtjylland',
      municipalities: [odder],
      beforeGoals: false,
    });
    expect(view.ogImage).toBe('/og/kommuner/aarhus.png');
  });

  it('says the figures of sample indicators are sample data, not Jobindsats figures', () => {
    const official = areaPageView({ area: aarhus, region: midt, neighbours: [aarhus] }, context);
    expect(official.lead).toContain('For 1 af målene viser siden indikatoren fra Jobindsats.dk;');
    const sampleGoals = goals.map((goal) =>
      goal.indicator
        ? { ...goal, indicator: { ...goal.indicator, meta: { ...goal.indicator.meta, sample: true } } }
        : goal,
    ) as AreaGoal[];
    const sample = areaPageView(
      { area: aarhus, region: midt, neighbours: [aarhus] },
      { ...context, goals: sampleGoals },
    );
    expect(sample.lead).toContain(
      "For 1 af målene viser siden eksempeldata, dannet efter Jobindsats' målinger;",
    );
    expect(sample.lead).not.toContain('fra Jobindsats.dk');
  });

  it('gives a region no comparison and lists its municipalities before the goals', () => {
    const view = areaPageView({ area: midt, region: null, neighbours: [aarhus, odder] }, context);
    expect(view.trail).toEqual([{ href: '/regioner/', label: 'Regionerne' }]);
    expect(view.regionLink).toBeNull();
    expect(view.compare).toBeNull();
    expect(view.municipalityList.beforeGoals).toBe(true);
    expect(view.description).toContain('regionens 2 kommuner');
  });

  it('rejects a municipality without a region', () => {
    expect(() => areaPageView({ area: aarhus, region: null, neighbours: [] }, context)).toThrow(/no region/);
  });
});

describe('areaGoalView', () => {
  it('links a municipality’s goal page to its region’s page for the goal and its other goals', () => {
    const view = areaGoalView({ area: aarhus, region: midt, neighbours: [aarhus], goal: goals[1]! }, context);
    expect(view.title).toBe('Mål om opkvalificering i Aarhus');
    expect(view.trail.at(-1)).toEqual({ href: '/kommuner/aarhus/', label: 'Aarhus' });
    expect(view.regionLink?.href).toBe('/regioner/region-midtjylland/opkvalificering/');
    expect(view.sectionHref).toBe('/kommuner/aarhus/#opkvalificering');
    expect(view.goalHref).toBe('/maal/opkvalificering/');
    expect(view.goalPageHrefs['sagsbehandling']).toBe('/kommuner/aarhus/sagsbehandling/');
    expect(view.compare?.charts).toHaveLength(1);
  });

  it('compares nothing on the page of a goal without an indicator', () => {
    const view = areaGoalView({ area: aarhus, region: midt, neighbours: [aarhus], goal: goals[0]! }, context);
    expect(view.compare).toBeNull();
    expect(view.description).toMatch(/det, brevene skriver for Aarhus\.$/);
  });

  it('speaks of a region and its municipalities', () => {
    const view = areaGoalView({ area: midt, region: null, neighbours: [aarhus], goal: goals[1]! }, context);
    expect(view.description).toMatch(/for Region Midtjylland og dens kommuner\.$/);
    expect(view.regionLink).toBeNull();
  });
});
