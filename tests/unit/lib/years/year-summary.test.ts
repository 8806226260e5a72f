import { describe, expect, it } from 'vitest';
import {
  carriedOnText,
  goalCountText,
  recordLeadText,
  undatedAnnouncementText,
} from '../../../../src/lib/years/year-summary.ts';
import type { YearSource } from '../../../../src/lib/content/year-view.ts';
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

describe('recordLeadText', () => {
  it('says the site has no letter where no source is a copy of it', () => {
    expect(recordLeadText(yearView(2017, [a]))).toMatch(
      /^Sitet har ikke ministerens brev med målene for 2017\./,
    );
  });

  it('says the sources give none of the goals where they give none', () => {
    expect(recordLeadText(yearView(2010, [], { goalCount: null, complete: false }))).toBe(
      'Sitet har ikke ministerens brev med målene for 2010, og de kilder, sitet har fundet, gengiver ikke målene. Her står, hvad kilderne viser.',
    );
  });

  it('says the site has part of the letter, and which goals the copy gives, where a copy stops', () => {
    const copy: YearSource = {
      title: 'Brevet',
      url: 'https://example.org/brev',
      note: null,
      letterCopy: 'partial',
    };
    const goals = [
      yearGoal({ goal: 'a', number: 1, wording: 'A', source: copy }),
      yearGoal({ goal: 'b', number: 2, wording: 'B', source: copy }),
      yearGoal({ goal: 'c', number: 3, wording: 'C', certainty: 'gengivet' }),
    ];
    const text = recordLeadText(yearView(2019, goals, { sources: [copy] }));
    expect(text).toMatch(/^Sitet har kun en del af ministerens brev med målene for 2019/);
    expect(text).toContain('den gengiver målene 1 og 2 med ministerens egne ord');
    expect(text).not.toContain('Sitet har ikke ministerens brev');
  });
});

describe('undatedAnnouncementText', () => {
  it('says no source gives a date where none is dated', () => {
    expect(undatedAnnouncementText(yearView(2017, [a]))).toBe('Kilderne giver ingen dato.');
  });

  it('says what a dated source’s date is the date of, not that there is no date', () => {
    const page: YearSource = {
      title: 'Styrelsens side',
      url: 'https://example.org/side',
      note: null,
      dated: { date: new Date(Date.UTC(2017, 6, 4)), of: 'Styrelsens side om rådets indstilling' },
    };
    expect(undatedAnnouncementText(yearView(2018, [a], { sources: [page] }))).toBe(
      'Ingen kilde dater ministerens udmelding. Styrelsens side om rådets indstilling er dateret 4. juli 2017.',
    );
  });
});

describe('goalCountText for a year whose sources give neither goals nor a count', () => {
  it('says the sources do not say how many there were', () => {
    expect(goalCountText(yearView(2010, [], { goalCount: null, complete: false }))).toBe(
      'Kilderne siger ikke, hvor mange mål der var',
    );
  });
});
