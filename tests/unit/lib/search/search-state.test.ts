import { describe, expect, it } from 'vitest';
import {
  hasFilterOrSort,
  isBlankSearch,
  pagefindQuery,
  readSearchState,
  searchQueryString,
  type SearchState,
} from '../../../../src/lib/search/search-state.ts';

const choices = { years: ['2023', '2024'], types: ['brev', 'maal', 'side'], goals: ['opkvalificering'] };
const read = (query: string): SearchState => readSearchState(new URLSearchParams(query), choices);
const goalTitles = new Map([['opkvalificering', 'Opkvalificering af ledige']]);

describe('readSearchState', () => {
  it('reads the words and filters from the URL', () => {
    expect(read('q=flygtninge&aar=2023&type=brev&maal=opkvalificering&sortering=nyeste')).toEqual({
      query: 'flygtninge',
      year: '2023',
      type: 'brev',
      goal: 'opkvalificering',
      sort: 'nyeste',
    });
  });

  it('trims the words and collapses spaces', () => {
    expect(read('q=+v%C3%A6rdig++sagsbehandling+').query).toBe('værdig sagsbehandling');
  });

  it('drops filter values the page does not offer', () => {
    expect(read('aar=1999&type=blog&maal=ukendt&sortering=tilfaeldig')).toEqual({
      query: '',
      year: '',
      type: '',
      goal: '',
      sort: 'relevans',
    });
  });
});

describe('searchQueryString', () => {
  it('writes back what it read, leaving out empty values and the default sort', () => {
    expect(searchQueryString(read('q=flygtninge&aar=2023&sortering=relevans'))).toBe(
      '?q=flygtninge&aar=2023',
    );
    expect(searchQueryString(read('q=v%C3%A6rdig+sagsbehandling&sortering=aeldste'))).toBe(
      '?q=v%C3%A6rdig+sagsbehandling&sortering=aeldste',
    );
  });

  it('is empty for a blank search', () => {
    expect(searchQueryString(read(''))).toBe('');
  });
});

describe('isBlankSearch', () => {
  it('is true only with neither words nor filters', () => {
    expect(isBlankSearch(read('sortering=nyeste'))).toBe(true);
    expect(isBlankSearch(read('aar=2024'))).toBe(false);
    expect(isBlankSearch(read('q=lov'))).toBe(false);
  });
});

describe('hasFilterOrSort', () => {
  it('is true with a filter or a sort order other than the best match', () => {
    expect(hasFilterOrSort(read('q=lov'))).toBe(false);
    expect(hasFilterOrSort(read('q=lov&aar=2099'))).toBe(false);
    expect(hasFilterOrSort(read('q=lov&type=brev'))).toBe(true);
    expect(hasFilterOrSort(read('sortering=nyeste'))).toBe(true);
  });
});

describe('pagefindQuery', () => {
  it('turns filters into Pagefind filters, looking goals up by title', () => {
    expect(pagefindQuery(read('q=ledige&aar=2023&type=maal&maal=opkvalificering'), goalTitles)).toEqual({
      term: 'ledige',
      options: { filters: { år: '2023', type: 'maal', mål: 'Opkvalificering af ledige' } },
    });
  });

  it('lists by filter alone when there are no words', () => {
    expect(pagefindQuery(read('aar=2024'), goalTitles).term).toBeNull();
  });

  it('sorts by year when asked', () => {
    expect(pagefindQuery(read('q=mål&sortering=nyeste'), goalTitles).options.sort).toEqual({ år: 'desc' });
    expect(pagefindQuery(read('q=mål&sortering=aeldste'), goalTitles).options.sort).toEqual({ år: 'asc' });
    expect(pagefindQuery(read('q=mål'), goalTitles).options.sort).toBeUndefined();
  });
});
