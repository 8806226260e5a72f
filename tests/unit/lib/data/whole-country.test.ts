import { describe, expect, it } from 'vitest';
import { resolveArea as resolveIn } from '../../../../src/lib/data/areas.ts';
import {
  COUNTRY_CODE,
  COUNTRY_CODES,
  COUNTRY_NAMES,
  isWholeCountry,
} from '../../../../src/lib/data/whole-country.ts';
import { areaTable } from '../../../support/area-table.ts';

const resolveArea = (input: string): string | null => resolveIn(input, areaTable);

describe('isWholeCountry', () => {
  it.each(['Hele landet', 'Danmark', 'Hele Danmark', 'All Denmark'])('recognises the name %s', (name) => {
    expect(COUNTRY_NAMES).toContain(name);
    expect(isWholeCountry(name)).toBe(true);
  });

  it('ignores case, accents, spacing and hyphens in names', () => {
    expect(isWholeCountry('  HELE LANDET ')).toBe(true);
    expect(isWholeCountry('hele-landet')).toBe(true);
    expect(isWholeCountry('all denmark')).toBe(true);
  });

  it("recognises Statistics Denmark's code 000, also with the leading zeros a spreadsheet drops", () => {
    expect(COUNTRY_CODES).toEqual(['000']);
    expect(isWholeCountry('000')).toBe(true);
    expect(isWholeCountry('0')).toBe(true);
    expect(isWholeCountry(0)).toBe(true);
  });

  it('does not take codes no source uses, municipalities or regions for the country', () => {
    for (const cell of [
      '0000',
      '00000',
      '101',
      '0101',
      '1084',
      'Region Hovedstaden',
      'Hele',
      'landet',
      'Danmarks',
      '',
    ]) {
      expect(isWholeCountry(cell), cell).toBe(false);
    }
  });

  it('is what resolveArea uses for the country', () => {
    for (const cell of [...COUNTRY_NAMES, ...COUNTRY_CODES, '0'])
      expect(resolveArea(cell)).toBe(COUNTRY_CODE);
    expect(resolveArea('0000')).toBeNull();
    expect(resolveArea('0101')).toBe('101');
  });
});
