import { describe, expect, it } from 'vitest';
import {
  goalToken,
  withGoalNumbersSpelt,
  withGoalTokens,
  withoutGoalTokens,
} from '../../../../src/lib/search/goal-token.ts';

describe('goalToken', () => {
  it('writes a goal number as one word', () => {
    expect(goalToken(3)).toBe('mål3');
    expect(goalToken(12)).toBe('mål12');
  });
});

describe('withGoalTokens', () => {
  it('rewrites the ways readers write a goal number to its search word', () => {
    for (const query of [
      'mål 3',
      'Mål 3',
      'mål3',
      'maal 3',
      'MAAL3',
      'mal 3',
      'mål nr. 3',
      'mål nr 3',
      'mål nummer 3',
    ]) {
      expect(withGoalTokens(query), query).toBe('mål3');
    }
  });

  it('keeps the rest of the query', () => {
    expect(withGoalTokens('mål 3 2019')).toBe('mål3 2019');
    expect(withGoalTokens('flygtninge mål 3 Aarhus')).toBe('flygtninge mål3 Aarhus');
    expect(withGoalTokens('mål 2 og mål 5')).toBe('mål2 og mål5');
  });

  it("spells goal numbers the way the site writes them, for checking a query's words", () => {
    expect(withGoalNumbersSpelt('maal nr. 3 opkvalifisering')).toBe('mål 3 opkvalifisering');
    expect(withGoalNumbersSpelt('mål3')).toBe('mål 3');
  });

  it('takes goal-number words out of an excerpt, marked or not', () => {
    expect(withoutGoalTokens('Århus 751 <mark>mål3</mark> Mål 3 · Aarhus')).toBe('Århus 751 Mål 3 · Aarhus');
    expect(withoutGoalTokens('<mark>2023</mark> mål1 mål2 mål3 For 2023')).toBe('<mark>2023</mark> For 2023');
  });

  it('leaves words that only contain the letters alone', () => {
    expect(withGoalTokens('målet 3')).toBe('målet 3');
    expect(withGoalTokens('normal 3')).toBe('normal 3');
    expect(withGoalTokens('delmål 3')).toBe('delmål 3');
    expect(withGoalTokens('mål 2019')).toBe('mål 2019');
    expect(withGoalTokens('beskæftigelsespolitiske mål')).toBe('beskæftigelsespolitiske mål');
  });
});
