import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../src/lib/charts/text.ts';
import { joinDanish } from '../../../../src/lib/format.ts';
import { wrapText } from '../../../../src/lib/charts/wrap-text.ts';

describe('escapeXml', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXml(`<a href="x">Ærø & 'Fanø'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Ærø &amp; &#39;Fanø&#39;&lt;/a&gt;',
    );
  });
});

describe('joinDanish', () => {
  it('joins with commas and "og"', () => {
    expect(joinDanish([])).toBe('');
    expect(joinDanish(['A'])).toBe('A');
    expect(joinDanish(['A', 'B', 'C'])).toBe('A, B og C');
  });
});

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('en to tre fire fem', 70)).toEqual(['en to tre', 'fire fem']);
    expect(wrapText('kort', 600)).toEqual(['kort']);
  });
});
