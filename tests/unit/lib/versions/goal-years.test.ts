/**
 * The goal-year records (content/goal-years/*.yaml) against their sources, as the project's
 * research notes record them (shared/research/domain.md, "Goals of earlier years"). A wording
 * may only stand where a source gives it word for word; everything else is a paraphrase.
 */
import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterBlocks } from '../../../../src/lib/content/letter-blocks.ts';
import type { GoalYear } from '../../../../src/lib/content/goal-year-schema.ts';

/** Per year: the source's host as the research notes name it, and the wordings they verify. */
const VERIFIED: Record<number, { host: string; wordings: (string | null)[] }> = {
  2018: { host: 'star.dk', wordings: [null, null, null, null, null] },
  2019: {
    host: 'selveje.dk',
    wordings: [null, null, null, null, null, 'Udsatte ledige skal have en indsats', null],
  },
  2022: { host: '', wordings: [] },
};

let records: GoalYear[];
let letters: Awaited<ReturnType<typeof getCollection<'letters'>>>;

beforeAll(async () => {
  records = (await getCollection('goalYears')).map((entry) => entry.data).sort((a, b) => a.year - b.year);
  letters = await getCollection('letters');
});

describe('goal-year records', () => {
  it('exist only for years the research notes verify: 2018, 2019 and 2022', () => {
    expect(records.map((r) => r.year)).toEqual([2018, 2019, 2022]);
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

  it.each([2018, 2019])(
    '%i cites the source the research notes name, and keeps only its verified wordings',
    (year) => {
      const record = records.find((r) => r.year === year)!;
      const expected = VERIFIED[year]!;
      expect(record.sources.map((source) => new URL(source.url).hostname)).toContain(expected.host);
      expect(record.goals.map((goal) => goal.wording)).toEqual(expected.wordings);
      for (const goal of record.goals) expect(goal.number, 'no source gives the numbers').toBeNull();
      for (const goal of record.goals.filter((g) => g.wording === null)) expect(goal.paraphrase).toBeTruthy();
    },
  );

  it('2018 has no Danish wording at all: the notes give its goals only as English paraphrases', () => {
    expect(records.find((r) => r.year === 2018)!.goals.every((goal) => goal.wording === null)).toBe(true);
  });

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
