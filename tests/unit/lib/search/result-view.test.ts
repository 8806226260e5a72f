import { describe, expect, it } from 'vitest';
import {
  resultCountText,
  toResultView,
  type PagefindResultData,
} from '../../../../src/lib/search/result-view.ts';

const letter: PagefindResultData = {
  url: '/2023/?pagefind-highlight=str%C3%B8mme',
  excerpt: 'har medført store <mark>flygtninge~strømme,</mark> og der',
  meta: {
    title: 'Udmelding af de beskæftigelses~politiske mål 2023',
    type: 'brev',
    år: '2023',
    dato: '2026-11-21',
  },
  sub_results: [
    {
      title: 'Udmelding',
      url: '/2023/?pagefind-highlight=str%C3%B8mme',
      excerpt: 'top',
      locations: [1, 2, 3, 4],
    },
    {
      title: 'Målene for 2023',
      url: '/2023/#maalene',
      excerpt: 'a',
      locations: [40],
      anchor: { id: 'maalene' },
    },
    {
      title: 'Afsnit 3',
      url: '/2023/#afsnit-3',
      excerpt: 'b',
      locations: [90, 95],
      anchor: { id: 'afsnit-3' },
    },
    {
      title: 'Afsnit 11',
      url: '/2023/#afsnit-11',
      excerpt: '<mark>flygtninge~strømme</mark>',
      locations: [500, 501, 502],
      anchor: { id: 'afsnit-11' },
    },
    {
      title: 'Afsnit 12',
      url: '/2023/#afsnit-12',
      excerpt: 'd',
      locations: [600, 610],
      anchor: { id: 'afsnit-12' },
    },
  ],
};

describe('toResultView', () => {
  it('shows title and excerpt without compound marks', () => {
    const view = toResultView(letter);
    expect(view.title).toBe('Udmelding af de beskæftigelsespolitiske mål 2023');
    expect(view.excerpt).toBe('har medført store <mark>flygtningestrømme,</mark> og der');
  });

  it("shows an excerpt without the goal-number words of the page's search terms", () => {
    const view = toResultView({
      url: '/kommuner/aarhus/flygtninge-selvforsoergelse/',
      excerpt: 'Århus 751 <mark>mål3</mark> Mål 3 · Aarhus i Region Midtjylland.',
      meta: { title: 'Selvforsørgende flygtninge og familiesammenførte i Aarhus' },
      sub_results: [],
    });
    expect(view.excerpt).toBe('Århus 751 Mål 3 · Aarhus i Region Midtjylland.');
  });

  it("shows an excerpt without the page's hidden search terms, hits or not", () => {
    const view = toResultView({
      url: '/kommuner/aarhus/',
      excerpt:
        '<mark>~Århus</mark> ~751 Kommune i Region Midtjylland · kommunekode 751. Beskæftigelses~politiske',
      meta: { title: 'Aarhus' },
      sub_results: [],
    });
    expect(view.excerpt).toBe('Kommune i Region Midtjylland · kommunekode 751. Beskæftigelsespolitiske');
  });

  it('names the type and gives year and date in Danish', () => {
    expect(toResultView(letter)).toMatchObject({ kind: 'Brev', year: '2023', date: '21. november 2026' });
  });

  it('leaves out what the page does not have', () => {
    const view = toResultView({ url: '/om/', excerpt: '', meta: { title: 'Om sitet' }, sub_results: [] });
    expect(view).toMatchObject({ kind: '', year: '', date: '', parts: [] });
  });

  it('links the three sections with most hits, in page order, and not the page top', () => {
    const parts = toResultView(letter).parts;
    expect(parts.map((part) => part.url)).toEqual([
      '/2023/#afsnit-3',
      '/2023/#afsnit-11',
      '/2023/#afsnit-12',
    ]);
    expect(parts[1]?.excerpt).toBe('<mark>flygtningestrømme</mark>');
  });

  it('drops an empty highlight parameter from a listing without words', () => {
    const view = toResultView({ url: '/2023/?pagefind-highlight=', excerpt: '', meta: {}, sub_results: [] });
    expect(view.url).toBe('/2023/');
    expect(view.title).toBe('/2023/');
  });
});

describe('resultCountText', () => {
  it('counts results in Danish, singular and plural', () => {
    expect(resultCountText(1, 'Torben', false)).toBe('1 resultat for »Torben«.');
    expect(resultCountText(12, 'flygtninge', false)).toBe('12 resultater for »flygtninge«.');
  });

  it('says when nothing was found and when filters narrow the search', () => {
    expect(resultCountText(0, 'xyz', false)).toBe('Ingen resultater for »xyz«.');
    expect(resultCountText(6, '', true)).toBe('6 resultater med de valgte filtre.');
  });
});
