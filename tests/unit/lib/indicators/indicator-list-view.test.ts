import { describe, expect, it } from 'vitest';
import { indicatorListView } from '../../../../src/lib/indicators/indicator-list-view.ts';
import type { LatestIndicator } from '../../../../src/lib/indicators/latest-indicators.ts';
import {
  goalRegistry as goals,
  indicatorMeta,
  ok,
  skillsIndicator as skills,
  snapshot,
  suppressed,
} from './fixtures.ts';

const labour: LatestIndicator = {
  meta: indicatorMeta({
    id: 'kvalificeret-arbejdskraft',
    unit: 'antal',
    goals: ['kvalificeret-arbejdskraft'],
    sample: true,
  }),
  latest: snapshot('2025-03-03', ok('000', '2024-11', 1234), suppressed('000', '2024-12')),
};

describe('indicatorListView', () => {
  it('orders the indicators by goal and gives the national value in the period to report', () => {
    const items = indicatorListView([labour, skills], goals);
    expect(
      items.map((item) => [item.meta.id, item.goals[0]?.number, item.unitText, item.countryText]),
    ).toEqual([
      ['mm17', 2, 'Andel i procent', '34,2 pct. i december 2024'],
      ['kvalificeret-arbejdskraft', 5, 'Antal', '1.234 i november 2024'],
    ]);
    expect(items[0]?.dateText).toBe('3. marts 2025');
  });

  it('labels sample data and says when the national value is not published', () => {
    const unpublished = {
      ...labour,
      latest: { ...labour.latest, observations: [suppressed('000', '2024-12')] },
    };
    const [item] = indicatorListView([unpublished], goals);
    expect(item?.sampleLabel).toBe('Eksempeldata – ikke officielle tal');
    expect(item?.sourceText).toBe("Eksempeldata, dannet efter Jobindsats' måling MM17");
    expect(item?.countryText).toBe('Ikke oplyst');
  });
});
