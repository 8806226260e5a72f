import type { Certainty } from '../content/certainty.ts';
import type { GoalYear } from '../content/goal-year-schema.ts';
import type { Letter } from '../content/letter-schema.ts';
import { LETTER_FRAGMENT, yearPath } from '../paths.ts';

/** A year page's title, also on its preview image. */
export function yearPageTitle(year: number): string {
  return `De beskæftigelsespolitiske mål ${year}`;
}

/** The title of the page of every year (/aar/) in shared links and on its preview image. */
export function yearsShareTitle(first: number, last: number): string {
  return `De beskæftigelsespolitiske mål år for år, ${first}–${last}`;
}

/** The first year the archive accounts for; the instrument ran from at least 2008. */
export const FIRST_ARCHIVE_YEAR = 2007;

/** A source of a year's goals: a public page, or a letter on this site. */
export interface YearSource {
  title: string;
  url: string;
  note: string | null;
}

/** One goal of one year, as its source gives it. */
export interface YearGoal {
  /** The registry id (content/goals/<id>.md). */
  goal: string;
  number: number | null;
  /** The exact wording, or null when no source gives it. */
  wording: string | null;
  /** The site's own description, where no source gives the wording. */
  paraphrase: string | null;
  certainty: Certainty;
  /** `announced`: the source says the goal was to be added, not that it stood. */
  status: 'stood' | 'announced';
  source: YearSource;
}

/** What the site knows of one year's goals, from a letter or from a goal-year record. */
export interface YearView {
  year: number;
  /** True when the site holds the year's letter. */
  letter: boolean;
  minister: string | null;
  announced: { date: Date; source: YearSource | null } | null;
  carriedOn: boolean | null;
  /** True when the sources give the whole list. */
  complete: boolean;
  /** How many goals the year had, where a source says so. */
  goalCount: number | null;
  note: string | null;
  goals: YearGoal[];
  sources: YearSource[];
}

/** The year view of a letter on the site: the minister's own words, the letter as the source. */
export function yearOfLetter(letter: Letter): YearView {
  const source: YearSource = { title: letter.title, url: yearPath(letter.year, LETTER_FRAGMENT), note: null };
  const announcement = letter.announcement;
  const announcementSource = announcement
    ? { title: announcement.title, url: announcement.url, note: null }
    : null;
  return {
    year: letter.year,
    letter: true,
    minister: letter.sender.name,
    announced: announcement ? { date: announcement.date, source: announcementSource } : null,
    carriedOn: letter.carriedOn,
    complete: true,
    goalCount: letter.goals.length,
    note: null,
    goals: letter.goals.map(({ goal, number, wording }) => ({
      goal,
      number,
      wording,
      paraphrase: null,
      certainty: 'ministeriet',
      status: 'stood',
      source,
    })),
    sources: announcementSource ? [source, announcementSource] : [source],
  };
}

/** The year view of a goal-year record. */
export function yearOfRecord(record: GoalYear): YearView {
  const sources = record.sources.map(({ title, url, note }) => ({ title, url, note: note ?? null }));
  return {
    year: record.year,
    letter: false,
    minister: record.minister ?? null,
    announced: record.announced ? { date: record.announced, source: null } : null,
    carriedOn: record.carriedOn,
    complete: record.complete,
    goalCount: record.goalCount ?? (record.complete ? record.goals.length : null),
    note: record.note ?? null,
    goals: record.goals.map(({ goal, number, wording, paraphrase, certainty, status, source }) => ({
      goal,
      number,
      wording,
      paraphrase,
      certainty,
      status,
      source: sources[source - 1]!,
    })),
    sources,
  };
}

/** Every year with a letter or a record, oldest first; a letter wins over a record of its year. */
export function buildYearViews(letters: readonly Letter[], records: readonly GoalYear[]): YearView[] {
  const byYear = new Map<number, YearView>();
  for (const record of records) byYear.set(record.year, yearOfRecord(record));
  for (const letter of letters) byYear.set(letter.year, yearOfLetter(letter));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The archive's years, FIRST_ARCHIVE_YEAR to the last year with goals, each with its view or null. */
export function archiveYears(views: readonly YearView[]): { year: number; view: YearView | null }[] {
  const last = views.at(-1)?.year ?? FIRST_ARCHIVE_YEAR;
  const byYear = new Map(views.map((view) => [view.year, view]));
  return Array.from({ length: last - FIRST_ARCHIVE_YEAR + 1 }, (_, i) => {
    const year = FIRST_ARCHIVE_YEAR + i;
    return { year, view: byYear.get(year) ?? null };
  });
}
