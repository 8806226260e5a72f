import type { Certainty } from './certainty.ts';
import type { GoalYear } from './goal-year-schema.ts';
import type { Letter } from './letter-schema.ts';
import { LETTER_FRAGMENT, yearPath } from '../paths.ts';

/** The first year the archive accounts for; the instrument ran from at least 2008. */
export const FIRST_ARCHIVE_YEAR = 2007;

/** A source of a year's goals: a public page, or a letter on this site. */
export interface YearSource {
  title: string;
  url: string;
  note: string | null;
  /** The date the source carries and what it is the date of, where it gives one. */
  dated?: { date: Date; of: string } | null;
  /** Set when the source is a copy of the minister's letter: whole, or stopping before the end. */
  letterCopy?: 'whole' | 'partial' | null;
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
  /** Where the site searched for the year's goals, where a record says so. */
  searched?: string[];
}

/** A year no source was found for: what the site searched. */
export interface SearchedYear {
  year: number;
  note: string;
  searched: string[];
}

/** The year view of a letter on the site: the minister's own words, the letter as the source. */
export function yearOfLetter(letter: Letter): YearView {
  const source: YearSource = {
    title: letter.title,
    url: yearPath(letter.year, LETTER_FRAGMENT),
    note: null,
  };
  const announcement = letter.announcement;
  const announcementSource: YearSource | null = announcement
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
    searched: [],
  };
}

/** The year view of a goal-year record. */
export function yearOfRecord(record: GoalYear): YearView {
  const sources = record.sources.map(({ title, url, note, date, dateOf, letterCopy }): YearSource => ({
    title,
    url,
    note: note ?? null,
    ...(date && dateOf ? { dated: { date, of: dateOf } } : {}),
    ...(letterCopy ? { letterCopy } : {}),
  }));
  const announced = record.announced;
  // The source that carries the announcement's own date is its source.
  const announcedBy = announced
    ? (sources.find((source) => source.dated?.date.getTime() === announced.getTime()) ?? null)
    : null;
  return {
    year: record.year,
    letter: false,
    minister: record.minister ?? null,
    announced: announced ? { date: announced, source: announcedBy } : null,
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
    searched: record.searched ?? [],
  };
}

/** A record without sources: a year the site searched and found nothing for. */
const isSearchedOnly = (record: GoalYear): boolean => record.sources.length === 0;

/**
 * Every year with a letter or a sourced record, oldest first; a letter wins over a record of its
 * year. A year no source was found for has no view: see searchedYears.
 */
export function buildYearViews(letters: readonly Letter[], records: readonly GoalYear[]): YearView[] {
  const byYear = new Map<number, YearView>();
  for (const record of records) if (!isSearchedOnly(record)) byYear.set(record.year, yearOfRecord(record));
  for (const letter of letters) byYear.set(letter.year, yearOfLetter(letter));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The years the site searched and found no source for, oldest first. */
export function searchedYears(records: readonly GoalYear[]): SearchedYear[] {
  return records
    .filter(isSearchedOnly)
    .map(({ year, note, searched }) => ({ year, note: note ?? '', searched: searched ?? [] }))
    .sort((a, b) => a.year - b.year);
}

/** One year of the archive: its view, or null, and what was searched where no source was found. */
export interface ArchiveYear {
  year: number;
  view: YearView | null;
  searched: SearchedYear | null;
}

/** The archive's years, FIRST_ARCHIVE_YEAR to the last year with goals, each with its view or null. */
export function archiveYears(
  views: readonly YearView[],
  searched: readonly SearchedYear[] = [],
): ArchiveYear[] {
  const last = views.at(-1)?.year ?? FIRST_ARCHIVE_YEAR;
  const byYear = new Map(views.map((view) => [view.year, view]));
  const searchOf = new Map(searched.map((search) => [search.year, search]));
  return Array.from({ length: last - FIRST_ARCHIVE_YEAR + 1 }, (_, i) => {
    const year = FIRST_ARCHIVE_YEAR + i;
    return { year, view: byYear.get(year) ?? null, searched: searchOf.get(year) ?? null };
  });
}
