import { describe, expect, it } from 'vitest';
import { indicatorGoals } from '../../../../src/lib/indicators/indicator-goals.ts';
import { goal } from './fixtures.ts';

const letter = (year: number, ...goals: string[]): { data: { year: number; goals: { goal: string }[] } } => ({
  data: { year, goals: goals.map((id) => ({ goal: id })) },
});

describe('indicatorGoals', () => {
  const goals = new Map([
    ['opkvalificering', goal(2, 'Flere skal opkvalificeres')],
    ['kvalificeret-arbejdskraft', goal(5, 'Kvalificeret arbejdskraft')],
  ]);
  const letters = [
    letter(2022, 'opkvalificering'),
    letter(2023, 'kvalificeret-arbejdskraft'),
    letter(2024, 'opkvalificering', 'kvalificeret-arbejdskraft'),
  ];

  it("keeps the indicator's order and joins each goal to the years of the letters that list it", () => {
    expect(indicatorGoals(['kvalificeret-arbejdskraft', 'opkvalificering'], goals, letters)).toEqual([
      {
        id: 'kvalificeret-arbejdskraft',
        number: 5,
        title: 'Kvalificeret arbejdskraft',
        letterYears: [2023, 2024],
      },
      { id: 'opkvalificering', number: 2, title: 'Flere skal opkvalificeres', letterYears: [2022, 2024] },
    ]);
  });

  it('names a goal missing from the registry by its id, with number 0', () => {
    expect(indicatorGoals(['ukendt'], goals, [])).toEqual([
      { id: 'ukendt', number: 0, title: 'ukendt', letterYears: [] },
    ]);
  });
});
