import { describe, expect, it } from 'vitest';
import { attributesOf, tokenizeHtml } from '../../../../src/lib/search/html-tokens.ts';

describe('tokenizeHtml', () => {
  it('gives back the input when its sources are joined', () => {
    const html =
      '<!DOCTYPE html><html lang="da"><head><title>a < b</title><script type="module">if (a<b) x("</p>")</script></head>' +
      '<body><!-- <p>no</p> --><p class="x" data-t=\'y > z\'>Hej <br/>verden</p> 1 < 2</body></html>';
    expect(
      tokenizeHtml(html)
        .map((token) => token.source)
        .join(''),
    ).toBe(html);
  });

  it('reads tag names and attributes, quoted or not', () => {
    const [tag] = tokenizeHtml('<P ID="afsnit-1" hidden data-x=\'a>b\' data-y=z>');
    expect(tag).toMatchObject({ kind: 'open', name: 'p' });
    expect(tag?.kind === 'open' && Object.fromEntries(attributesOf(tag))).toEqual({
      id: 'afsnit-1',
      hidden: '',
      'data-x': 'a>b',
      'data-y': 'z',
    });
  });

  it('keeps the body of script and style as one raw token', () => {
    const kinds = tokenizeHtml('<script>a = "<p>";</script><p>t</p>').map((token) => token.kind);
    expect(kinds).toEqual(['open', 'other', 'close', 'open', 'text', 'close']);
  });

  it('keeps a run of text one token though it holds entities, and decodes attribute values', () => {
    const tokens = tokenizeHtml('<p title="a &amp; b">Løn &amp; ledighed</p>');
    expect(tokens.map((token) => token.kind)).toEqual(['open', 'text', 'close']);
    expect(tokens[1]?.source).toBe('Løn &amp; ledighed');
    expect(tokens[0]?.kind === 'open' && attributesOf(tokens[0]).get('title')).toBe('a & b');
  });

  it('gives no token for an end the markup only implies', () => {
    const kinds = tokenizeHtml('<ul><li>a<br>b<li>c</ul>').map((token) => token.kind);
    expect(kinds).toEqual(['open', 'open', 'text', 'open', 'text', 'open', 'text', 'close']);
  });

  it('treats a lone < as text', () => {
    expect(tokenizeHtml('1 < 2')).toEqual([{ kind: 'text', source: '1 < 2' }]);
  });
});
