import { describe, expect, it } from 'vitest';
import type { GoalYear } from '../../../../src/lib/content/goal-year-schema.ts';
import type { Letter } from '../../../../src/lib/content/letter-schema.ts';
import {
  archiveYears,
  buildYearViews,
  FIRST_ARCHIVE_YEAR,
  searchedYears,
} from '../../../../src/lib/content/year-view.ts';

const record = (year: number, goals: GoalYear['goals'] = []): GoalYear => ({
  year,
  published: new Date('2026-12-02'),
  carriedOn: null,
  complete: goals.length > 0,
  note: goals.length > 0 ? undefined : 'Ingen mål fundet',
  goals,
  sources: [
    { title: 'Første kilde', url: 'https://example.org/1' },
    { title: 'Anden kilde', url: 'https://example.org/2', note: 'En note' },
  ],
});

const letter = {
  year: 2023,
  title: 'Udmelding af målene 2023',
  kind: 'udmelding',
  sender: { name: 'Minister', office: 'Beskæftigelsesminister' },
  recipients: 'Kommunerne',
  dates: [],
  goals: [{ number: 1, goal: 'job', wording: 'Flere skal i job', paragraphs: [] }],
  carriedOn: true,
  source: { title: 'Brev', file: 'brev.txt' },
  published: new Date('2026-01-01'),
  changes: [],
} satisfies Letter;

describe('buildYearViews', () => {
  it('takes a letter year from the letter, in the minister’s own words, with the letter as its source', () => {
    const [view] = buildYearViews([letter], []);
    expect(view).toMatchObject({
      year: 2023,
      letter: true,
      minister: 'Minister',
      carriedOn: true,
      complete: true,
    });
    expect(view!.goals[0]).toMatchObject({ goal: 'job', number: 1, certainty: 'ministeriet' });
    expect(view!.goals[0]!.source.url).toBe('/2023/#brevet');
  });

  it('lets a letter win over a record of the same year and sorts the years', () => {
    const views = buildYearViews([letter], [record(2023), record(2018)]);
    expect(views.map((view) => [view.year, view.letter])).toEqual([
      [2018, false],
      [2023, true],
    ]);
  });

  it('resolves each goal’s source by its 1-based index', () => {
    const [view] = buildYearViews(
      [],
      [
        record(2019, [
          {
            goal: 'job',
            number: null,
            wording: 'Flere i job',
            paraphrase: null,
            certainty: 'gengivet',
            status: 'stood',
            source: 2,
          },
        ]),
      ],
    );
    expect(view!.goals[0]!.source).toEqual({
      title: 'Anden kilde',
      url: 'https://example.org/2',
      note: 'En note',
    });
  });
});

describe('archiveYears', () => {
  it('accounts for every year from the first archive year to the last year with goals', () => {
    const years = archiveYears(buildYearViews([letter], [record(2018)]));
    expect(years[0]!.year).toBe(FIRST_ARCHIVE_YEAR);
    expect(years.at(-1)!.year).toBe(2023);
    expect(years).toHaveLength(2023 - FIRST_ARCHIVE_YEAR + 1);
    expect(years.filter((year) => year.view !== null).map((year) => year.year)).toEqual([2018, 2023]);
  });
});

describe('a year the site searched and found no source for', () => {
  const searched: GoalYear = {
    ...record(2007),
    sources: [],
    note: 'Ingen kilde fundet',
    searched: ['Søgt på star.dk'],
  };

  it('has no year view, so no comparison is built for it', () => {
    expect(buildYearViews([], [searched, record(2008)]).map((view) => view.year)).toEqual([2008]);
  });

  it('keeps its place in the archive with what was searched', () => {
    const views = buildYearViews([], [searched, record(2008)]);
    const [first] = archiveYears(views, searchedYears([searched, record(2008)]));
    expect(first).toEqual({
      year: 2007,
      view: null,
      searched: { year: 2007, note: 'Ingen kilde fundet', searched: ['Søgt på star.dk'] },
    });
  });
});

describe('a record’s announcement', () => {
  it('takes as its source the source dated the day of the announcement', () => {
    const dated: GoalYear = {
      ...record(2019),
      announced: new Date('2018-05-03'),
      sources: [
        { title: 'Brevet', url: 'https://example.org/brev', date: new Date('2018-05-03'), dateOf: 'Brevet' },
      ],
    };
    const [view] = buildYearViews([], [dated]);
    expect(view!.announced?.source?.url).toBe('https://example.org/brev');
  });
});
