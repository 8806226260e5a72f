import { describe, expect, it } from 'vitest';
import { rowArea } from '../../../../../src/lib/data/import/row-area.ts';
import { areaTable } from '../../../../support/area-table.ts';

const both = { areaCode: 0, areaName: 1 };

describe('rowArea', () => {
  it('reads the area from a code column or a name column alone', () => {
    expect(rowArea(['0101'], { areaCode: 0, areaName: null }, areaTable)).toEqual({ code: '101' });
    expect(rowArea(['Høje Taastrup'], { areaCode: null, areaName: 0 }, areaTable)).toEqual({ code: '169' });
  });

  it('resolves a blank code by the name beside it, as on the whole-country row of an export', () => {
    expect(rowArea(['', 'Hele landet'], both, areaTable)).toEqual({ code: '000' });
    expect(rowArea([null, 'Region Nordjylland'], both, areaTable)).toEqual({ code: '1081' });
  });

  it('takes the code when the name agrees with it or is blank', () => {
    expect(rowArea([101, 'Jobcenter København'], both, areaTable)).toEqual({ code: '101' });
    expect(rowArea(['751', ''], both, areaTable)).toEqual({ code: '751' });
  });

  it('names both values when the code and the name disagree', () => {
    expect(rowArea(['101', 'Aarhus'], both, areaTable)).toEqual({
      problem: "area code '101' (København) and name 'Aarhus' (751 Aarhus) disagree",
      column: 1,
    });
  });

  it('refuses an unknown code even beside a known name, and a row with neither', () => {
    expect(rowArea(['999', 'Aarhus'], both, areaTable)).toMatchObject({ problem: /^unknown area '999'/ });
    expect(rowArea(['', ''], both, areaTable)).toEqual({
      problem: 'no area: the area code and the area name are both empty',
      column: 0,
    });
  });
});
