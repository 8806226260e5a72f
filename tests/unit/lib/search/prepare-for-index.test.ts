import { describe, expect, it } from 'vitest';
import { blockId } from '../../../../src/lib/paths.ts';
import { paragraphAnchorTitle, prepareForIndex } from '../../../../src/lib/search/prepare-for-index.ts';

const page = (main: string): string =>
  `<!DOCTYPE html><html lang="da"><head><title>Beskæftigelsesmål</title></head><body><main data-pagefind-body>${main}</main></body></html>`;

describe('prepareForIndex', () => {
  it('marks compounds in the text', () => {
    expect(prepareForIndex(page('<p>store flygtningestrømme</p>'))).toContain(
      '<p>store flygtninge~strømme</p>',
    );
  });

  it('leaves attributes, the head and scripts alone', () => {
    const html = page(
      '<a href="/maal/flygtningestrømme/" title="beskæftigelsespolitiske">x</a><script>const beskæftigelsespolitiske = 1;</script>',
    );
    const prepared = prepareForIndex(html);
    expect(prepared).toContain('href="/maal/flygtningestrømme/" title="beskæftigelsespolitiske"');
    expect(prepared).toContain('const beskæftigelsespolitiske = 1;');
    expect(prepared).toContain('<title>Beskæftigelsesmål</title>');
  });

  it('keeps filter, metadata and sort values exactly as written', () => {
    const html = page(
      '<span data-pagefind-filter="mål">Kvalificeret arbejdskraft til virksomhederne</span>' +
        '<h1 data-pagefind-meta="title">Sagsbehandling <em>og beskæftigelsesindsatsen</em></h1>',
    );
    const prepared = prepareForIndex(html);
    expect(prepared).not.toContain('~');
  });

  it('keeps hidden text out of the index but leaves its filters to Pagefind', () => {
    const prepared = prepareForIndex(page('<span hidden data-pagefind-filter="type">brev</span>'));
    expect(prepared).toContain('<span hidden data-pagefind-filter="type" data-pagefind-ignore>brev</span>');
  });

  it("marks each word of the page's hidden search terms, so excerpts can leave them out", () => {
    const prepared = prepareForIndex(page('<span hidden data-search-terms>Århus 751</span><p>Aarhus</p>'));
    expect(prepared).toContain('<span hidden data-search-terms>~Århus ~751</span>');
    expect(prepared).toContain('<p>Aarhus</p>');
  });

  it('leaves an element that is already ignored as it is', () => {
    const html = page('<aside hidden data-pagefind-ignore="all">x</aside>');
    expect(prepareForIndex(html)).toBe(html);
  });

  it('gives letter paragraphs a sub-result title', () => {
    expect(prepareForIndex(page('<p id="afsnit-11">Krigen</p>'))).toContain(
      '<p id="afsnit-11" data-pagefind-title="Afsnit 11">',
    );
    expect(prepareForIndex(page('<h2 id="brevet">Brevet</h2>'))).not.toContain('data-pagefind-title');
  });

  it('separates words at the ends of terms, cells, headings and line breaks', () => {
    const prepared = prepareForIndex(
      page('<dl><dt>Afsender</dt><dd>Peter Hummelgaard<br>Beskæftigelsesminister</dd></dl><h1>Mål</h1>2023'),
    );
    expect(prepared).toContain(
      '<dt>Afsender</dt> <dd>Peter Hummelgaard<br> Beskæftigelses~minister</dd> </dl>',
    );
    expect(prepared).toContain('<h1>Mål</h1> 2023');
  });

  it('changes no text when no word is a compound', () => {
    const html = page('<p>Alle ledige skal have en værdig behandling.</p>');
    expect(prepareForIndex(html)).toBe(html);
  });
});

describe('paragraphAnchorTitle', () => {
  it('names the paragraph ids that letter pages give their blocks', () => {
    expect(paragraphAnchorTitle(blockId(7))).toBe('Afsnit 7');
  });

  it('gives other ids no title', () => {
    expect(paragraphAnchorTitle('brevet')).toBeUndefined();
    expect(paragraphAnchorTitle('afsnit-')).toBeUndefined();
  });
});

describe('prepareForIndex and data tables', () => {
  it('keeps cells of bare figures out of the index and the names beside them in', () => {
    const prepared = prepareForIndex(
      page('<table><tr><th scope="row">Aarhus</th><td>4,8 pct.</td><td>december 2024</td></tr></table>'),
    );
    expect(prepared).toContain('<th scope="row">Aarhus</th>');
    expect(prepared).toContain('<td data-pagefind-ignore>4,8 pct.</td>');
    expect(prepared).toContain('<td data-pagefind-ignore>december 2024</td>');
  });
});

describe('prepareForIndex and quotations', () => {
  it('weighs a quotation a quarter, so the quoted page ranks first for its words', () => {
    expect(prepareForIndex(page('<blockquote cite="/2023/#afsnit-11"><p>Krigen</p></blockquote>'))).toContain(
      '<blockquote cite="/2023/#afsnit-11" data-pagefind-weight="0.25">',
    );
  });

  it('keeps a weight the page gives itself', () => {
    const html = page('<blockquote data-pagefind-weight="2"><p>Krigen</p></blockquote>');
    expect(prepareForIndex(html)).toBe(html);
  });
});
