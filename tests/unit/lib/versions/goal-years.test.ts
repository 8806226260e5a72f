/**
 * The goal-year records (content/goal-years/*.yaml) against their sources. A wording may only
 * stand where the cited source gives it word for word: star.dk's page on Beskæftigelsesrådet's
 * recommendation for 2018 (an unnumbered list) and Selveje Danmark's page on the goals for 2019
 * (numbered 1-6, with a seventh goal announced). The texts below are copied from those pages.
 */
import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterBlocks } from '../../../../src/lib/content/letter-blocks.ts';
import type { GoalYear } from '../../../../src/lib/content/goal-year-schema.ts';

/** Per year: the source's host, the wordings it gives, and the numbers it gives. */
const VERIFIED: Record<number, { host: string; wordings: (string | null)[]; numbers: (number | null)[] }> = {
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
    host: 'selveje.dk',
    wordings: [
      'Flere personer skal i beskæftigelse eller uddannelse i stedet for at være på offentlig forsørgelse',
      'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
      'Flere flygtninge og familiesammenførte til flygtninge skal være selvforsørgende',
      'Flere jobparate personer på kontanthjælp skal i beskæftigelse og flere aktivitetsparate bliver jobparate eller kommer i beskæftigelse. Der bør i indsatsen være et særligt fokus på kvinder med indvandrerbaggrund.',
      'Bekæmpelsen af socialt bedrageri og fejludbetalinger skal styrkes',
      'Udsatte ledige skal have en indsats',
      null,
    ],
    numbers: [1, 2, 3, 4, 5, 6, null],
  },
  2021: { host: 'bm.dk', wordings: [null, null, null, null], numbers: [null, null, null, null] },
  2022: { host: '', wordings: [], numbers: [] },
};

let records: GoalYear[];
let letters: Awaited<ReturnType<typeof getCollection<'letters'>>>;

beforeAll(async () => {
  records = (await getCollection('goalYears')).map((entry) => entry.data).sort((a, b) => a.year - b.year);
  letters = await getCollection('letters');
});

describe('goal-year records', () => {
  it('exist only for years a source documents: 2018, 2019, 2021 and 2022', () => {
    expect(records.map((r) => r.year)).toEqual([2018, 2019, 2021, 2022]);
  });

  it('are only for years the site has no letter for, and say so', () => {
    const letterYears = new Set(letters.map((letter) => letter.data.year));
    for (const record of records) {
      expect(letterYears.has(record.year), `${record.year} has a letter`).toBe(false);
      expect(record.letterOnSite).toBe(false);
    }
  });

  it('each cite at least one source with a URL', () => {
    for (const record of records) {
      expect(record.sources.length, String(record.year)).toBeGreaterThan(0);
      for (const source of record.sources)
        expect(source.url, String(record.year)).toMatch(/^(https:\/\/|\/)/);
    }
  });

  it.each([2018, 2019, 2021])(
    '%i cites its source and keeps its wordings and numbers word for word',
    (year) => {
      const record = records.find((r) => r.year === year)!;
      const expected = VERIFIED[year]!;
      expect(record.sources.map((source) => new URL(source.url).hostname)).toContain(expected.host);
      expect(record.goals.map((goal) => goal.wording)).toEqual(expected.wordings);
      expect(record.goals.map((goal) => goal.number)).toEqual(expected.numbers);
      for (const goal of record.goals.filter((g) => g.wording === null)) expect(goal.paraphrase).toBeTruthy();
    },
  );

  it('2019 marks the handicap goal as announced, not as stood', () => {
    const handicap = records
      .find((r) => r.year === 2019)!
      .goals.find((g) => g.goal === 'handicap-beskaeftigelse');
    expect(handicap).toMatchObject({ status: 'announced', wording: null });
  });

  it('2022 has the 2023 letter’s goals, and cites the paragraph where it carries on the goals of 2022', () => {
    const record = records.find((r) => r.year === 2022)!;
    const letter = letters.find((entry) => entry.data.year === 2023)!;
    expect(record.goals.map(({ goal, number, wording }) => ({ goal, number, wording }))).toEqual(
      letter.data.goals.map(({ goal, number, wording }) => ({ goal, number, wording })),
    );
    const [source] = record.sources;
    const cited = /^\/2023\/#afsnit-(\d+)$/.exec(source!.url);
    expect(cited, 'the source is a paragraph of the 2023 letter').not.toBeNull();
    const block = letterBlocks(letter.body ?? '').find((b) => b.index === Number(cited![1]));
    expect(block?.kind === 'paragraph' && block.text).toContain('videreføre de fem mål fra 2022');
  });
});
