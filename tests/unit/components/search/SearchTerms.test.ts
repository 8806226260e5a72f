import { describe, expect, it } from 'vitest';
import SearchTerms from '../../../../src/components/search/SearchTerms.astro';
import { prepareForIndex } from '../../../../src/lib/search/prepare-for-index.ts';
import { areaPageTerms } from '../../../../src/lib/search/search-terms.ts';
import { container, expectCspSafe } from '../charts/render.ts';

const page = (main: string): string =>
  `<!DOCTYPE html><html lang="da"><body><main data-pagefind-body>${main}</main></body></html>`;

describe('SearchTerms', () => {
  it('renders the terms hidden, one element per weight', async () => {
    const html = await container.renderToString(SearchTerms, {
      props: {
        terms: [
          { text: 'mål3', weight: 4.3 },
          { text: '2023', weight: 4 },
        ],
      },
    });
    expect(html).toMatch(/<span hidden data-search-terms data-pagefind-weight="4.3"[^>]*>mål3<\/span>/);
    expect(html).toMatch(/<span hidden data-search-terms data-pagefind-weight="4"[^>]*>2023<\/span>/);
    expectCspSafe(html);
  });

  it('is indexed though hidden, each word marked for excerpts to leave out, while other hidden text is not', async () => {
    const html = await container.renderToString(SearchTerms, {
      props: { terms: areaPageTerms({ code: '751', aliases: ['Århus'] }) },
    });
    const prepared = prepareForIndex(page(`${html}<span hidden>brev</span>`));
    expect(prepared).toMatch(
      /<span hidden data-search-terms data-pagefind-weight="[\d.]+"[^>]*>~Århus ~751<\/span>/,
    );
    expect(prepared).not.toMatch(/data-search-terms[^>]*data-pagefind-ignore/);
    expect(prepared).toContain('<span hidden data-pagefind-ignore>brev</span>');
  });

  it('writes other titles as searchable metadata, and nothing when there are none', async () => {
    const titles = ['Opkvalificering af ledige i Århus'];
    const html = await container.renderToString(SearchTerms, { props: { terms: [], titles } });
    expect(html).toMatch(
      /<span hidden data-pagefind-meta="andre-titler"[^>]*>Opkvalificering af ledige i Århus<\/span>/,
    );
    expect(await container.renderToString(SearchTerms, { props: { terms: [] } })).not.toContain('span');
  });
});
