import { describe, expect, it } from 'vitest';
import { snapshotPageView } from '../../../../src/lib/indicators/snapshot-page-view.ts';
import { country, municipality, region } from '../areas/fixtures.ts';
import { indicatorMeta, ok, snapshot, suppressed } from './fixtures.ts';

const areas = [country, region('1081', 'Region Nordjylland'), municipality('851', 'Aalborg', '1081')];
const dates = ['2024-09-02', '2024-12-02', '2025-03-03'];
const first = snapshot('2024-09-02', ok('000', '2024-06', 40), suppressed('1081', '2024-06'));
// The country's June figure is revised, the region's published, and Aalborg and July are new.
const june = [ok('000', '2024-06', 41), ok('1081', '2024-06', 39), ok('851', '2024-06', 38)];
const second = snapshot('2024-12-02', ...june, ok('000', '2024-07', 42));

describe('snapshotPageView', () => {
  const page = snapshotPageView(indicatorMeta(), second, first, dates, areas);

  it('names the snapshot by its date and points to the newest one', () => {
    expect(page.title).toBe('Opkvalificering: øjebliksbillede 2. december 2024');
    expect(page.newer).toEqual({ date: '2025-03-03', text: '3. marts 2025' });
    expect(page.version.toISOString()).toBe('2024-12-02T00:00:00.000Z');
    expect(page.titleInSentence).toBe('andel ledige der starter opkvalificering');
  });

  it('tables the country and the regions only, not the municipalities', () => {
    expect(page.table.rows.map((row) => row.name)).toEqual(['Hele landet', 'Region Nordjylland']);
    expect(page.tableCaption).toBe(
      'Opkvalificering for hele landet og regionerne, juni 2024 til juli 2024, øjebliksbillede 2. december 2024',
    );
  });

  it('counts the revisions since the snapshot before and lists those of the country and regions', () => {
    expect(page.revision).toMatchObject({
      previous: { date: '2024-09-02', text: '2. september 2024' },
      changed: '1',
      added: '2',
      statusChanged: '1',
      removed: '0',
      revisedPeriods: { from: 'juni 2024', to: null },
      otherAreas: null,
      caption: 'Rettede tal for hele landet og regionerne',
    });
    expect(page.revision?.table.rows.map((row) => [row.name, ...row.cells])).toEqual([
      ['Hele landet', 'juni 2024', '40,0 pct.', '41,0 pct.', '+1,0 procentpoint'],
      ['Region Nordjylland', 'juni 2024', 'diskretioneret', '39,0 pct.', ''],
    ]);
  });

  it('marks the page itself among all snapshot dates', () => {
    expect(page.dates.map((date) => [date.text, date.current])).toEqual([
      ['2. september 2024', false],
      ['2. december 2024', true],
      ['3. marts 2025', false],
    ]);
  });

  it('has nothing to compare for the first snapshot, and no newer one for the newest', () => {
    expect(snapshotPageView(indicatorMeta(), first, undefined, dates, areas).revision).toBeNull();
    const newest = snapshot('2025-03-03', ...second.observations);
    expect(snapshotPageView(indicatorMeta(), newest, second, dates, areas).newer).toBeNull();
  });
});
