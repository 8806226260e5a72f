import { describe, expect, it } from 'vitest';
import {
  areaPageTerms,
  goalInYearTerms,
  goalNumberWeight,
  goalPageTerms,
  termsByWeight,
  yearPageTerms,
} from '../../../../src/lib/search/search-terms.ts';

describe('goalNumberWeight', () => {
  it('weighs a later year more, in steps Pagefind can tell apart (1/24)', () => {
    const weights = [2018, 2019, 2021, 2022, 2023, 2024].map(goalNumberWeight);
    for (let i = 1; i < weights.length; i += 1) {
      expect(weights[i]! - weights[i - 1]!).toBeGreaterThanOrEqual(1 / 24);
    }
  });

  it('stays within the weights Pagefind accepts', () => {
    expect(goalNumberWeight(1990)).toBeGreaterThanOrEqual(1);
    expect(goalNumberWeight(2100)).toBeLessThanOrEqual(10);
  });
});

describe('goalInYearTerms', () => {
  it('gives a goal in a year its number word and its year', () => {
    expect(goalInYearTerms({ number: 3, year: 2023 })).toEqual([
      { text: 'mål3', weight: goalNumberWeight(2023) },
      { text: '2023', weight: 4 },
    ]);
  });
});

describe('yearPageTerms', () => {
  it('makes the year the page subject and lists its goals below a goal page', () => {
    const [year, ...goals] = yearPageTerms(2019, [1, 2, 3, null]);
    expect(year).toEqual({ text: '2019', weight: 8 });
    expect(goals.map((goal) => goal.text)).toEqual(['mål1', 'mål2', 'mål3']);
    for (const goal of goals) expect(goal.weight).toBeLessThan(goalNumberWeight(2019));
  });
});

describe('goalPageTerms', () => {
  it('gives each number the goal had the weight of the latest year it had it', () => {
    const terms = goalPageTerms([
      { number: 2, year: 2019 },
      { number: null, year: 2021 },
      { number: 5, year: 2022 },
      { number: 5, year: 2024 },
    ]);
    expect(terms).toEqual([
      { text: 'mål2', weight: goalNumberWeight(2019) },
      { text: 'mål5', weight: goalNumberWeight(2024) },
    ]);
  });

  it('has no year terms: the page is about every year', () => {
    expect(goalPageTerms([{ number: 3, year: 2023 }]).map((term) => term.text)).toEqual(['mål3']);
  });
});

describe('areaPageTerms', () => {
  const aarhus = { code: '751', aliases: ['Århus'] };

  it('finds a municipality by its former names and its code, its main page before its goal pages', () => {
    const [main] = areaPageTerms(aarhus);
    const [onGoalPage, goal] = areaPageTerms(aarhus, 2);
    expect(main?.text).toBe('Århus 751');
    expect(onGoalPage?.text).toBe('Århus 751');
    expect(main!.weight).toBeGreaterThan(onGoalPage!.weight);
    expect(goal?.text).toBe('mål2');
    expect(goal!.weight).toBeLessThan(1);
  });
});

describe('termsByWeight', () => {
  it('joins terms of the same weight, heaviest first, without repeats or blanks', () => {
    expect(
      termsByWeight([
        { text: 'mål1', weight: 1 },
        { text: '2023', weight: 8 },
        { text: 'mål2', weight: 1 },
        { text: 'mål1', weight: 1 },
        { text: ' ', weight: 3 },
      ]),
    ).toEqual([
      { text: '2023', weight: 8 },
      { text: 'mål1 mål2', weight: 1 },
    ]);
  });
});
