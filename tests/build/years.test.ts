/**
 * The archive's years on the built site: a page for every year with a source, each showing each
 * goal exactly as its content file records it, the years overview accounting for every year
 * from 2007, and a comparison for every pair of years.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeEntities, visibleText } from '../support/html.ts';
import { readBuilt } from '../support/site.ts';
import { comparePath, goalPath, yearPath } from '../../src/lib/paths.ts';

interface RecordGoal {
  goal: string;
  number: number | null;
  wording: string | null;
  paraphrase: string | null;
  certainty: string;
}
interface RecordFile {
  year: number;
  goals: RecordGoal[];
  sources: { title: string; url: string }[];
  searched?: string[];
}

const allRecords: RecordFile[] = readdirSync('content/goal-years')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(`content/goal-years/${file}`, 'utf8')) as RecordFile);
// A record without sources is a year the site searched and found nothing for.
const records = allRecords.filter((record) => record.sources.length > 0);
const searchedOnly = allRecords.filter((record) => record.sources.length === 0);
const letterYears = readdirSync('content/letters').map((file) => Number(file.slice(0, 4)));
const years = [...records.map((record) => record.year), ...letterYears].sort();

const CERTAINTY_WORDS: Record<string, string> = {
  ministeriet: 'Ministeriets egen ordlyd',
  gengivet: 'Ministeriets ordlyd, som en kommune, en avis eller en organisation gengiver den',
  overskrift: 'Kun en overskrift i en kommunes plan',
  omskrivning: 'Omskrevet',
};

/** The year page's goals, keyed by goal id: the list item's HTML. */
function goalItems(html: string): Map<string, string> {
  const items = [...html.matchAll(/<li[^>]*data-goal="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
  return new Map(items.map((match) => [match[1]!, match[2]!]));
}

describe.each(records.map((record) => [record.year, record] as const))('/%i/', (year, record) => {
  const html = readBuilt(yearPath(year));

  it('says the site has no letter (or only part of it) for the year and links every source', () => {
    expect(visibleText(html)).toMatch(
      new RegExp(`Sitet har (ikke|kun en del af) ministerens brev med målene for ${year}`),
    );
    for (const source of record.sources) expect(html).toContain(`href="${source.url}"`);
  });

  it('shows each goal exactly as the content file records it, with its certainty in words', () => {
    const items = goalItems(html);
    expect([...items.keys()]).toEqual(record.goals.map((goal) => goal.goal));
    for (const goal of record.goals) {
      const item = items.get(goal.goal)!;
      if (goal.wording !== null) {
        const quoted = /<q data-wording[^>]*>([\s\S]*?)<\/q>/.exec(item)?.[1];
        expect(decodeEntities(quoted ?? '')).toBe(goal.wording);
      } else {
        expect(visibleText(item)).toContain(goal.paraphrase);
      }
      if (goal.number !== null) expect(visibleText(item)).toContain(`Mål ${goal.number}:`);
      // The certainty stands at the goal, or once above the list when every goal shares it.
      const shared = /<p class="year-goals__shared"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
      expect(visibleText(shared ?? item)).toContain(CERTAINTY_WORDS[goal.certainty]);
      expect(item).toContain(`href="${goalPath(goal.goal)}"`);
    }
  });

  it('carries the year filter for search', () => {
    expect(html).toMatch(new RegExp(`data-pagefind-filter="år"[^>]*>\\s*${year}\\s*<`));
  });
});

describe.each(searchedOnly.map((record) => [record.year, record] as const))(
  '/%i/ (no source found)',
  (year, record) => {
    const html = readBuilt(yearPath(year));

    it('says no source was found and lists every search', () => {
      const text = visibleText(html);
      expect(text).toContain(`Sitet har ikke fundet nogen kilde til målene for ${year}`);
      const listed = /<ul[^>]*data-searched[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      expect(listed.match(/<li/g)).toHaveLength(record.searched?.length ?? 0);
    });

    it('has no comparison link, as there are no goals to compare', () => {
      expect(html).not.toContain('href="/sammenlign/');
    });
  },
);

describe('every year 2007-2024', () => {
  it('has a page, linked from /aar/', () => {
    const html = readBuilt('/aar/');
    for (let year = 2007; year <= 2024; year++) {
      expect(readBuilt(yearPath(year))).toContain('<h1');
      expect(html).toContain(`href="${yearPath(year)}"`);
    }
  });
});

describe('/2019/', () => {
  const text = visibleText(readBuilt('/2019/'));

  it('says the letter is there only in part, which goals the copy gives, and quotes it', () => {
    expect(text).toContain('Sitet har kun en del af ministerens brev med målene for 2019');
    expect(text).toContain('den gengiver målene 1 og 2 med ministerens egne ord');
    expect(text).toContain('De seks beskæftigelsespolitiske mål, som udstikker den overordnede retning');
    expect(text).not.toContain('Sitet har ikke ministerens brev');
  });

  it('dates the announcement by the letter and links the copy', () => {
    const facts = /<dt>Meldt ud<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(readBuilt('/2019/'))?.[1] ?? '';
    expect(visibleText(facts)).toContain('3. maj 2018');
    expect(facts).toContain('href="https://docplayer.dk/105922662-');
  });
});

describe('/2018/', () => {
  it('says what the source’s date is the date of instead of "no date"', () => {
    const facts = /<dt>Meldt ud<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(readBuilt('/2018/'))?.[1] ?? '';
    const text = visibleText(facts);
    expect(text).not.toContain('Kilderne giver ingen dato');
    expect(text).toContain('Ingen kilde dater ministerens udmelding');
    expect(text).toContain('Beskæftigelsesrådets indstilling');
    expect(text).toContain('4. juli 2017');
  });
});

describe.each(letterYears)('the letter page /%i/', (year) => {
  it('links the original document or says where the text came from', () => {
    const html = readBuilt(yearPath(year));
    const origin = /<dd[^>]*data-letter-origin[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
    expect(origin.includes('href="https://') || /Teksten er udtrukket fra/.test(visibleText(origin))).toBe(
      true,
    );
  });
});

describe('/aar/', () => {
  const html = readBuilt('/aar/');
  const text = visibleText(html);

  it('accounts for every year from 2007 to 2024, saying plainly where no source was found', () => {
    for (let year = 2007; year <= 2024; year++) {
      expect(html).toContain(`href="${yearPath(year)}"`);
      if (searchedOnly.some((record) => record.year === year))
        expect(text).toContain(`Sitet har ikke fundet nogen kilde til målene for ${year}`);
    }
  });

  it('has a goal × year table with a row per goal and a column per year, in words for screen readers', () => {
    const table = /<table class="goal-matrix"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const goalFiles = readdirSync('content/goals').filter((file) => file.endsWith('.md'));
    expect(table.match(/<th scope="row"/g)).toHaveLength(goalFiles.length);
    expect(table.match(/<th scope="col"/g)).toHaveLength(1 + 2024 - 2007 + 1);
    expect(table).toMatch(/<caption/);
    const row =
      /<th scope="row"[^>]*><a href="\/maal\/socialt-bedrageri\/"[\s\S]*?<\/tr>/.exec(table)?.[0] ?? '';
    const marks = [...row.matchAll(/class="visually-hidden"[^>]*>(\w+)</g)].map((match) => match[1]);
    expect(marks).toHaveLength(18);
    expect(marks[2018 - 2007]).toBe('Ja');
    expect(marks[2019 - 2007]).toBe('Ja');
    expect(marks[2020 - 2007]).toBe('Nej');
    expect(marks[2010 - 2007]).toBe('Ukendt');
  });

  it('is linked from the front page', () => {
    expect(readBuilt('/')).toContain('href="/aar/"');
  });
});

describe('/maal/', () => {
  it('shows the goals of 2021-2024 first, then the earlier goals', () => {
    const html = readBuilt('/maal/');
    const current = html.indexOf('id="seneste"');
    const earlier = html.indexOf('id="tidligere"');
    expect(current).toBeGreaterThan(0);
    expect(earlier).toBeGreaterThan(current);
    expect(html.indexOf('href="/maal/vaerdig-sagsbehandling/"')).toBeLessThan(earlier);
    expect(html.indexOf('href="/maal/socialt-bedrageri/"')).toBeGreaterThan(earlier);
  });
});

describe('/sammenlign/<år>-<år>/', () => {
  it('exists for every pair of years with a source', () => {
    for (const [i, from] of years.entries())
      for (const to of years.slice(i + 1)) expect(readBuilt(comparePath(from, to))).toContain('<h1');
  });

  it('says which goals were added, dropped, reworded or kept', () => {
    const text = visibleText(readBuilt('/sammenlign/2017-2018/'));
    expect(text).toContain('Målelisten ændrede sig fra 2017 til 2018');
    expect(text).toMatch(/Flere unge i uddannelse .* Fjernet/);
    expect(text).toMatch(/Bekæmpelse af socialt bedrageri .* Tilføjet/);
    expect(visibleText(readBuilt('/sammenlign/2019-2020/'))).toMatch(
      /Selvforsørgende flygtninge .* Ny ordlyd/,
    );
  });

  it('does not call a goal dropped when the later year’s list is only partly known', () => {
    const text = visibleText(readBuilt('/sammenlign/2008-2011/'));
    expect(text).not.toContain('Fjernet');
    expect(text).toContain('Ikke nævnt i kilderne for det ene år');
  });
});

describe('/maal/flygtninge-selvforsoergelse/', () => {
  it('shows the figures official sources quote, apart from the sample data, each with its source', () => {
    const html = readBuilt('/maal/flygtninge-selvforsoergelse/');
    const section = /<section class="published-figures"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(visibleText(section)).toContain('41 pct. (25.708 personer) i 4. kvartal 2018');
    expect(visibleText(section)).toContain('ikke sitets eksempeldata');
    expect(section).toContain(
      'href="https://ft.dk/samling/20181/almdel/beu/spm/22/svar/1575734/2048136/index.htm"',
    );
    expect(section).not.toContain('<svg');
  });
});
