/**
 * The goal-year records (content/goal-years/*.yaml) against their sources. A wording may only
 * stand where the cited source gives it word for word. The texts below were copied from the
 * stored copies of the sources (see the URLs in each record) and checked character for character;
 * a record that drifts from them fails here.
 */
import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { letterBlocks } from '../../../../src/lib/content/letter-blocks.ts';
import type { GoalYear } from '../../../../src/lib/content/goal-year-schema.ts';

vi.mock('astro:content', () => import('../../../support/content.ts'));

/** Per year: the host of the source the wordings come from, the wordings and their numbers. */
const VERIFIED: Record<number, { host: string; wordings: (string | null)[]; numbers: (number | null)[] }> = {
  2008: {
    host: 'online.flippingbook.com',
    wordings: [
      'Styrket indsats for at virksomhederne får den arbejdskraft, de har behov for.',
      'Styrket indsats for at give kontant- og starthjælpsmodtagere en ny chance.',
      'Styrket indsats for at få unge kontanthjælps-, starthjælps-, introduktionsydelses- og dagpengemodtagere i arbejde eller uddannelse.',
    ],
    numbers: [null, null, null],
  },
  2013: {
    host: 'docplayer.dk',
    wordings: [
      'Jobcentrene skal sikre, at flere unge uden uddannelse starter på en erhvervskompetencegivende uddannelse',
      'Jobcentrene skal forebygge, at så mange personer førtidspensioneres',
      'Jobcentrene skal sikre, at antallet af langtidsledige personer begrænses mest muligt',
      'Jobcentrene skal styrke samarbejdet med virksomhederne om beskæftigelsesindsatsen',
    ],
    numbers: [1, 2, 3, 4],
  },
  2012: {
    host: 'docplayer.dk',
    wordings: [
      'Jobcentrene skal sikre, at antallet af ledige med mere end tre måneders sammenhængende offentlig forsørgelse begrænses mest muligt.',
    ],
    numbers: [null],
  },
  2015: {
    host: 'docplayer.dk',
    wordings: [
      'Flere unge skal have en uddannelse',
      'Langvarige modtagere af offentlig forsørgelse',
      'Langtidsledigheden',
      'styrket samarbejde med virksomhederne',
    ],
    numbers: [1, 2, 3, 4],
  },
  2016: {
    host: 'docplayer.dk',
    wordings: [
      'Flere unge skal have en uddannelse',
      'Borgere i udkanten af arbejdsmarkedet skal tættere eller ind på arbejdsmarkedet bl.a. gennem en styrket tværfaglig indsats',
      'Langtidsledigheden skal bekæmpes',
      'Indsatsen for bedre match mellem arbejdsløse og virksomheder skal styrkes',
    ],
    numbers: [1, 2, 3, 4],
  },
  2017: {
    host: 'kommune.viborg.dk',
    wordings: [
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft.',
      'Flere unge skal have en uddannelse',
      'Borgere i udkanten af arbejdsmarkedet, herunder langtidsledige kontanthjælpsmodtagere, skal tættere på arbejdsmarkedet.',
      'Flere flygtninge og familiesammenførte skal være selvforsørgende.',
    ],
    numbers: [1, 2, 3, 4],
  },
  2018: {
    host: 'star.dk',
    wordings: [
      'Flere personer skal i beskæftigelse eller uddannelse i stedet for at være på offentlig forsørgelse.',
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft.',
      'Flere flygtninge og familiesammenførte skal være selvforsørgende.',
      'Flere jobparate personer på kontanthjælp skal i beskæftigelse, og flere aktivitetsparate bliver jobparate eller kommer i beskæftigelse.',
      'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes.',
    ],
    numbers: [null, null, null, null, null],
  },
  2019: {
    host: 'docplayer.dk',
    wordings: [
      'Flere personer skal i beskæftigelse eller uddannelse i stedet for at være på offentlig forsørgelse',
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
      'Flere flygtninge og familiesammenførte til flygtninge skal være selvforsørgende',
      'Flere jobparate personer på kontanthjælp skal i beskæftigelse og flere aktivitetsparate bliver jobparate eller kommer i beskæftigelse. Der bør i indsatsen være et særligt fokus på kvinder med indvandrerbaggrund.',
      'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes',
      'Udsatte ledige skal have en indsats',
      'Flere personer med handicap skal i beskæftigelse',
    ],
    numbers: [1, 2, 3, 4, 5, 6, null],
  },
  2020: {
    host: 'jammerbugtposten.dk',
    wordings: [
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
      'Flere flygtninge og familiesammenførte skal være selvforsørgende',
      'Flere personer med handicap skal i beskæftigelse',
    ],
    numbers: [null, null, null],
  },
  2021: {
    host: 'jammerbugtposten.dk',
    wordings: [
      'Alle ledige skal have en værdig sagsbehandling',
      'Flere ledige skal opkvalificeres',
      'Flere flygtninge og familiesammenførte skal være selvforsørgende',
      'Flere personer med handicap skal i beskæftigelse',
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
    ],
    numbers: [null, null, null, null, null],
  },
};

let records: GoalYear[];
let letters: Awaited<ReturnType<typeof getCollection<'letters'>>>;

beforeAll(async () => {
  records = (await getCollection('goalYears')).map((entry) => entry.data).sort((a, b) => a.year - b.year);
  letters = await getCollection('letters');
});

describe('goal-year records', () => {
  it('exist for every year without a letter from 2007 to 2022, and 2007 says no source was found', () => {
    expect(records.map((r) => r.year)).toEqual([
      2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
    const searchedOnly = records.filter((record) => record.sources.length === 0);
    expect(searchedOnly.map((record) => record.year)).toEqual([2007]);
    for (const record of searchedOnly) {
      expect(record.goals).toEqual([]);
      expect(record.note).toBeTruthy();
      expect(record.searched?.length).toBeGreaterThan(0);
    }
  });

  it('are only for years the site has no letter for', () => {
    const letterYears = new Set(letters.map((letter) => letter.data.year));
    for (const record of records)
      expect(letterYears.has(record.year), `${record.year} has a letter`).toBe(false);
  });

  it('each cite at least one source with a URL (2007 excepted), and every goal points at one of them', () => {
    for (const record of records.filter((r) => r.year !== 2007)) {
      expect(record.sources.length, String(record.year)).toBeGreaterThan(0);
      for (const source of record.sources)
        expect(source.url, String(record.year)).toMatch(/^(https:\/\/|\/)/);
      for (const goal of record.goals) expect(goal.source).toBeLessThanOrEqual(record.sources.length);
    }
  });

  it.each(Object.keys(VERIFIED).map(Number))('%i keeps its wordings and numbers word for word', (year) => {
    const record = records.find((r) => r.year === year)!;
    const expected = VERIFIED[year]!;
    expect(record.sources.map((source) => new URL(source.url).hostname)).toContain(expected.host);
    expect(record.goals.map((goal) => goal.wording)).toEqual(expected.wordings);
    expect(record.goals.map((goal) => goal.number)).toEqual(expected.numbers);
  });

  it('marks every goal without a wording as a paraphrase, and only those', () => {
    for (const goal of records.flatMap((record) => record.goals)) {
      expect(goal.certainty === 'omskrivning', goal.paraphrase ?? '').toBe(goal.wording === null);
      if (goal.wording === null) expect(goal.paraphrase).toBeTruthy();
    }
  });

  it('gives a count and a note for the years whose sources give no goal', () => {
    for (const year of [2009, 2014]) {
      const record = records.find((r) => r.year === year)!;
      expect(record.goals).toEqual([]);
      expect(record.goalCount).toBeGreaterThan(0);
      expect(record.note).toBeTruthy();
    }
    const unknownCount = records.find((r) => r.year === 2010)!;
    expect(unknownCount.goals).toEqual([]);
    expect(unknownCount.note).toBeTruthy();
  });

  it('name in their notes only publishers that are among the year’s own sources', () => {
    const publisher = (title: string): string =>
      (title.split(':')[0] ?? title).replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    const publishers = new Set(records.flatMap((r) => r.sources.map((source) => publisher(source.title))));
    for (const record of records) {
      const own = record.sources.map((source) => publisher(source.title));
      const notes = [
        record.note ?? '',
        ...record.sources.map((source) => source.note ?? ''),
        ...record.goals.map((goal) => goal.paraphrase ?? ''),
      ].join(' ');
      for (const name of publishers)
        if (notes.includes(name))
          expect(own, `${record.year} names ${name} without citing it`).toContain(name);
    }
  });

  it('say what a dated source’s date is the date of, and 2018’s date is that of the council page', () => {
    for (const source of records.flatMap((r) => r.sources))
      expect(source.date === undefined, source.title).toBe(source.dateOf === undefined);
    const [star] = records.find((r) => r.year === 2018)!.sources;
    expect(star!.date?.toISOString().slice(0, 10)).toBe('2017-07-04');
    expect(star!.dateOf).toMatch(/Beskæftigelsesrådets indstilling/);
  });

  it('mark the 2019 letter copy as partial and do not credit it with the seventh goal', () => {
    const record = records.find((r) => r.year === 2019)!;
    const [letterCopy] = record.sources;
    expect(letterCopy!.letterCopy).toBe('partial');
    const fromCopy = record.goals.filter((goal) => goal.source === 1).map((goal) => goal.number);
    expect(fromCopy).toEqual([1, 2]);
    expect(record.note).not.toMatch(/brev af 3\. maj 2018 og Selveje/);
  });

  it('quote Holstebro’s 2020 page as it is spelled, under its own title', () => {
    const record = records.find((r) => r.year === 2020)!;
    const holstebro = record.sources.find((source) => source.title.startsWith('Holstebro'))!;
    expect(holstebro.title).toContain(
      'Politisk pejlemærker, ministermål og rammer for beskæftigelsesindsatsen',
    );
    expect(holstebro.note).toContain('familisammenførte');
    expect(record.note).toContain('»familisammenførte«');
  });

  it('2022 has the 2023 letter’s goals, and cites the paragraph where it carries on the goals of 2022', () => {
    const record = records.find((r) => r.year === 2022)!;
    const letter = letters.find((entry) => entry.data.year === 2023)!;
    expect(record.goals.map(({ goal, number, wording }) => ({ goal, number, wording }))).toEqual(
      letter.data.goals.map(({ goal, number, wording }) => ({ goal, number, wording })),
    );
    expect(record.carriedOn).toBe(true);
    const [source] = record.sources;
    const cited = /^\/2023\/#afsnit-(\d+)$/.exec(source!.url);
    expect(cited, 'the source is a paragraph of the 2023 letter').not.toBeNull();
    const block = letterBlocks(letter.body ?? '').find((b) => b.index === Number(cited![1]));
    expect(block?.kind === 'paragraph' && block.text).toContain('videreføre de fem mål fra 2022');
  });
});
