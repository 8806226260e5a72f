import { describe, expect, it } from 'vitest';
import {
  indicatorPageView,
  type IndicatorPageContext,
} from '../../../../src/lib/indicators/indicator-page-view.ts';
import { country, municipality, region } from '../areas/fixtures.ts';
import { goal, indicatorMeta, ok, snapshot, suppressed } from './fixtures.ts';

const context: IndicatorPageContext = {
  areas: [
    country,
    region('1081', 'Region Nordjylland'),
    municipality('851', 'Aalborg', '1081'),
    municipality('787', 'Thisted', '1081'),
    municipality('813', 'Frederikshavn', '1081'),
  ],
  goals: new Map([['opkvalificering', goal(2, 'Flere skal opkvalificeres')]]),
  letters: [{ data: { year: 2024, goals: [{ goal: 'opkvalificering' }] } }],
};
const older = snapshot('2024-12-02', ok('000', '2024-09', 30), ok('851', '2024-09', 31));
// Thisted is suppressed in October; the country in November, when only Aalborg is published.
const october = [ok('000', '2024-10', 32.25), ok('851', '2024-10', 33), suppressed('787', '2024-10')];
const november = [suppressed('000', '2024-11'), ok('851', '2024-11', 34)];
const newer = snapshot(
  '2025-03-03',
  ok('000', '2024-09', 30.5),
  ok('851', '2024-09', 31),
  ...october,
  ...november,
);

describe('indicatorPageView', () => {
  const page = indicatorPageView(indicatorMeta(), [older, newer], context);

  it("reports the newest period with a national value, in the newest snapshot's words", () => {
    expect(page.period).toBe('2024-10');
    expect(page.periodText).toBe('oktober 2024');
    expect(page.countryValueText).toBe('32,3 pct.');
    expect(page.latest).toEqual({ date: '2025-03-03', text: '3. marts 2025' });
  });

  it('lists the country, the regions, then the municipalities in Danish order (Aa as Å)', () => {
    expect(page.areas.map((area) => area.name)).toEqual([
      'Hele landet',
      'Region Nordjylland',
      'Frederikshavn',
      'Thisted',
      'Aalborg',
    ]);
    expect(page.table.rows.map(({ area, cells }) => [area, cells[0], cells[3]])).toEqual([
      ['000', expect.stringMatching(/ pct\.$/), 'offentliggjort'],
      ['1081', 'ikke oplyst', 'ikke oplyst'],
      ['813', 'ikke oplyst', 'ikke oplyst'],
      ['787', 'diskretioneret', 'diskretioneret'],
      ['851', expect.stringMatching(/ pct\.$/), 'offentliggjort'],
    ]);
  });

  it('ranks the municipalities against the national value', () => {
    expect(page.ranking.items.map((item) => [item.label, item.value])).toEqual([
      ['Frederikshavn', null],
      ['Thisted', null],
      ['Aalborg', 33],
    ]);
    expect(page.ranking.reference).toEqual({ label: 'Hele landet', value: 32.25 });
  });

  it('charts the national series as each of the last two snapshots saw it', () => {
    expect(page.revision?.title).toBe(
      'Opkvalificering i hele landet: data pr. 2. december 2024 og 3. marts 2025',
    );
    expect(page.revision?.older.label).toBe('Data pr. 2. december 2024');
    expect(page.revision?.newer.points.map((point) => point.period)).toEqual([
      '2024-09',
      '2024-10',
      '2024-11',
    ]);
  });

  it('joins the goals to their letters and lists the snapshots newest first', () => {
    expect(page.goals).toEqual([
      { id: 'opkvalificering', number: 2, title: 'Flere skal opkvalificeres', letterYears: [2024] },
    ]);
    expect(page.snapshots.map((item) => item.date)).toEqual(['2025-03-03', '2024-12-02']);
  });

  it('has no revision chart and no sample label for one snapshot of official figures', () => {
    const single = indicatorPageView(indicatorMeta(), [older], context);
    expect(single.revision).toBeNull();
    expect(single.sampleLabel).toBeUndefined();
    expect(single.source.text).toBe('Kilde: Jobindsats.dk (MM17)');
    expect(single.tableCaption).toBe('Opkvalificering, september 2024, data pr. 2. december 2024');
  });

  it('labels sample data in the table caption', () => {
    const meta = indicatorMeta({ sample: true });
    const page = indicatorPageView(meta, [older], context);
    expect(page.tableCaption).toBe(
      'Opkvalificering, september 2024, data pr. 2. december 2024 (Eksempeldata – ikke officielle tal)',
    );
    expect(page.source.text).toBe("Eksempeldata, dannet efter Jobindsats' måling MM17");
  });

  it('says the national value is missing, and marks no reference, when the country is never published', () => {
    const unpublished = snapshot('2024-12-02', suppressed('000', '2024-09'), ok('851', '2024-09', 31));
    const page = indicatorPageView(indicatorMeta(), [unpublished], context);
    expect(page.period).toBe('2024-09');
    expect(page.countryValueText).toBeNull();
    expect(page.ranking.reference).toBeUndefined();
  });
});
