import { describe, expect, it } from 'vitest';
import { carriedOnText, goalCountText } from '../../../../src/lib/years/year-summary.ts';
import { yearGoal, yearView } from '../../../support/year-views.ts';

const a = yearGoal({ goal: 'a', wording: 'A' });
const b = yearGoal({ goal: 'b', wording: 'B' });

describe('carriedOnText', () => {
  it('quotes the sources when they say the goals were carried on or were new', () => {
    expect(carriedOnText(yearView(2024, [a], { carriedOn: true }), undefined)).toMatch(/^Ja\. .*videreført/);
    expect(carriedOnText(yearView(2019, [a], { carriedOn: false }), undefined)).toMatch(/^Nej\. .*nye mål/);
  });

  it('compares whole lists when no source says, without claiming they were carried on', () => {
    expect(carriedOnText(yearView(2018, [a, b]), yearView(2017, [a]))).toBe(
      'Nej. Listen ændrede sig fra 2017 (tilføjet: 1).',
    );
    expect(carriedOnText(yearView(2018, [a]), yearView(2017, [a]))).toMatch(/samme mål.*ingen kilde/);
  });

  it('says it cannot tell when the year before is missing or partial', () => {
    expect(carriedOnText(yearView(2018, [a]), yearView(2016, [a]))).toMatch(/^Det kan sitet ikke sige/);
    expect(carriedOnText(yearView(2018, [a]), yearView(2017, [a], { complete: false }))).toMatch(/ikke sige/);
  });
});

describe('goalCountText', () => {
  it('says how many goals the sources give of how many', () => {
    expect(goalCountText(yearView(2018, [a, b]))).toBe('2 mål');
    expect(goalCountText(yearView(2012, [a], { complete: false, goalCount: 4 }))).toBe(
      '4 mål; kilderne gengiver 1',
    );
    expect(goalCountText(yearView(2009, [], { complete: false, goalCount: 3 }))).toBe(
      '3 mål; kilderne gengiver ingen af dem',
    );
    expect(goalCountText(yearView(2011, [a], { complete: false, goalCount: null }))).toMatch(
      /ikke fuldstændig/,
    );
  });
});
