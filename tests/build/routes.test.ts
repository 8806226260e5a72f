import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html.ts';
import { readBuilt } from '../support/site.ts';
import { goalPath, yearGoalPath, yearPath } from '../../src/lib/paths.ts';

const GOALS = [
  ['vaerdig-sagsbehandling', 'Alle ledige skal have en værdig sagsbehandling'],
  ['opkvalificering', 'Flere ledige skal opkvalificeres'],
  ['flygtninge-selvforsoergelse', 'Flere flygtninge og familiesammenførte skal være selvforsørgende'],
  ['handicap-beskaeftigelse', 'Flere personer med handicap skal i beskæftigelse'],
  ['kvalificeret-arbejdskraft', 'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft'],
] as const;

/** The visible text of a page region, tags dropped and whitespace folded. */
function textOf(html: string, selector: RegExp = /<main[\s\S]*<\/main>/): string {
  const region = selector.exec(html)?.[0] ?? '';
  return decodeEntities(region.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

const letterBody = (year: number): string =>
  textOf(readBuilt(yearPath(year)), /<div class="letter-body"[\s\S]*?<\/div>/);

describe('the built routes', () => {
  it('the front page names the abolishing law and links the years', () => {
    const html = readBuilt('/');
    expect(textOf(html)).toContain('lov nr. 1656 af 30. december 2024');
    expect(html).toContain('href="/2023/"');
    expect(html).toContain('href="/2024/"');
  });

  it.each([2023, 2024])('/%i/ lists the five goals, each linking its goal page', (year) => {
    const html = readBuilt(yearPath(year));
    for (const [slug, wording] of GOALS) {
      expect(html).toContain(`<a href="${yearGoalPath(year, slug)}">${wording}</a>`);
    }
  });

  it('/2023/ has the rejoined words and the signature outside the body text', () => {
    const body = letterBody(2023);
    for (const word of ['beskæftigelsesområdet', 'selvfølgelig', 'arbejdsfællesskabet', 'januar 2022']) {
      expect(body).toContain(word);
    }
    expect(body).toContain('Peter Hummelgaard Beskæftigelsesminister');
  });

  it.each([2023, 2024])('/%i/ has no PDF artefacts in the letter body', (year) => {
    const body = letterBody(year);
    expect(body).not.toMatch(/AKT 135864|BILAG/);
    expect(body).not.toMatch(/\p{L}- \p{Ll}/u);
    expect(body).not.toContain('\uFFFD');
  });

  it('/2024/ keeps the marking as metadata, not as body text', () => {
    expect(textOf(readBuilt('/2024/'))).toContain('AKT 135864 -- BILAG 3');
    expect(letterBody(2024)).toContain('Kære Torben');
    expect(letterBody(2024)).toContain('senest den 23. maj 2023');
  });

  it.each(GOALS)('/maal/%s/ and its year pages exist with the exact wording', (slug, wording) => {
    expect(textOf(readBuilt(goalPath(slug)))).toContain(wording);
    for (const year of [2023, 2024]) {
      const html = readBuilt(yearGoalPath(year, slug));
      expect(textOf(html)).toContain(wording);
      const other = year === 2023 ? 2024 : 2023;
      expect(html).toContain(`href="${yearGoalPath(other, slug)}"`);
    }
  });

  it('a goal page quotes the paragraph that discusses it and links to it', () => {
    const html = readBuilt('/2023/maal/opkvalificering/');
    expect(textOf(html)).toContain('Det er også i høj grad kernen i mål 2 og 5.');
    expect(html).toContain('href="/2023/#afsnit-7"');
    expect(readBuilt('/2023/')).toContain('id="afsnit-7"');
  });

  it('/om/, /historie/ and the 404 page exist', () => {
    expect(textOf(readBuilt('/om/'))).toContain('Om sitet');
    expect(textOf(readBuilt('/historie/'))).toContain('lov nr. 1656');
    expect(textOf(readBuilt('/404.html'))).toContain('Siden findes ikke');
  });
});
