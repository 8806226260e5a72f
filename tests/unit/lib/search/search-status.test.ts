import { describe, expect, it } from 'vitest';
import { searchStatus, type SearchStatus } from '../../../../src/lib/search/search-status.ts';

const read = ({ before, suggestion = '', after }: SearchStatus): string => `${before}${suggestion}${after}`;

describe('searchStatus', () => {
  it('counts the results when there is nothing to suggest', () => {
    expect(searchStatus({ count: 2, query: 'Torben', filtered: false })).toEqual({
      before: '2 resultater for »Torben«.',
      after: '',
    });
  });

  it('says the query found nothing and shows whose results are shown instead', () => {
    const status = searchStatus({
      count: 12,
      query: 'opkvalifisering',
      filtered: false,
      suggestion: 'opkvalificering',
      showsSuggestion: true,
    });
    expect(status.suggestion).toBe('opkvalificering');
    expect(read(status)).toBe(
      'Ingen resultater for »opkvalifisering«. Mente du opkvalificering? Viser i stedet 12 resultater for »opkvalificering«.',
    );
  });

  it('offers a suggestion beside a few results', () => {
    const status = searchStatus({ count: 1, query: 'kommunek', filtered: true, suggestion: 'kommune' });
    expect(read(status)).toBe('1 resultat for »kommunek« med de valgte filtre. Mente du kommune?');
  });
});
