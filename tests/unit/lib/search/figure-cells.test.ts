import { describe, expect, it } from 'vitest';
import { figureCells, isFigureText } from '../../../../src/lib/search/figure-cells.ts';
import { tokenizeHtml } from '../../../../src/lib/search/html-tokens.ts';

describe('isFigureText', () => {
  it.each([
    '4,8 pct.',
    '−0,3 procentpoint',
    'januar 2019',
    'dec. 2024',
    '2024-Q2',
    'nr. 16 af 95',
    '1.234',
    '–',
    '',
  ])('counts "%s" as figures', (text) => {
    expect(isFigureText(text)).toBe(true);
  });

  it.each(['Aarhus', 'Hele landet', 'Flere ledige skal opkvalificeres', '2023 (udmelding)', 'Marts-aftalen'])(
    'counts "%s" as words',
    (text) => {
      expect(isFigureText(text)).toBe(false);
    },
  );
});

describe('figureCells', () => {
  const positions = (html: string): string[] => {
    const tokens = tokenizeHtml(html);
    return [...figureCells(tokens)].map((index) => tokens[index]?.source ?? '');
  };

  it('finds the cells whose whole text is figures, inside links and spans too', () => {
    expect(
      positions(
        '<table><tr><th scope="row">januar 2019</th><td class="num"><span>4,0</span> pct.</td><td>Aarhus</td></tr></table>',
      ),
    ).toEqual(['<th scope="row">', '<td class="num">']);
  });

  it('leaves header cells with words and cells of nested tables alone', () => {
    expect(
      positions('<table><tr><th>Periode</th><td><table><tr><td>Aarhus</td></tr></table></td></tr></table>'),
    ).toEqual([]);
  });
});
