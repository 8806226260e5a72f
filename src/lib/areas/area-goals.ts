import type { ValueFormat } from '../charts/types.ts';
import { letterBlocks } from '../content/letter-blocks.ts';
import { getCurrentGoals, getLetters, type CurrentGoalEntry, type LetterEntry } from '../content/queries.ts';
import { latestSnapshot } from '../data/snapshot-reader.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { getIndicators, type IndicatorEntry } from '../data/queries.ts';
import type { Observation } from '../data/types.ts';
import { periodToReport } from '../indicators/index.ts';
import { valueFormatFor } from '../value-text.ts';
import { findSentence, type QuotedSentence } from './letter-sentences.ts';

/** An indicator's newest snapshot, read once for every area page. */
export interface IndicatorView {
  meta: IndicatorMeta;
  /** Publication date of the snapshot, `YYYY-MM-DD`. */
  date: string;
  observations: readonly Observation[];
  /** The period every area page reports (periodToReport). */
  period: string;
  format: ValueFormat;
}

/** A letter's paragraphs about one goal. */
export interface GoalLetter {
  year: number;
  paragraphs: number[];
  body: string;
}

export interface AreaGoal {
  goal: CurrentGoalEntry;
  /** Null for the goals without a national indicator (1 and 4). */
  indicator: IndicatorView | null;
  /** The letters that list the goal, oldest first. */
  letters: GoalLetter[];
  /** For goals without an indicator: where a letter says the municipalities must follow up themselves. */
  followUp: (QuotedSentence & { year: number }) | null;
}

const FOLLOW_UP = /følge op/;

async function indicatorView(entry: IndicatorEntry): Promise<IndicatorView> {
  const snapshot = await latestSnapshot(entry.data);
  const period = periodToReport(snapshot.observations);
  if (period === null) throw new Error(`${snapshot.file}: no rows, so no period to report`);
  const meta = entry.data.meta;
  return {
    meta,
    date: snapshot.date,
    observations: snapshot.observations,
    period,
    format: valueFormatFor(meta.unit),
  };
}

function goalLetters(goal: CurrentGoalEntry, letters: readonly LetterEntry[]): GoalLetter[] {
  return letters.flatMap((letter) => {
    const item = letter.data.goals.find((listed) => listed.goal === goal.id);
    return item ? [{ year: letter.data.year, paragraphs: item.paragraphs, body: letter.body ?? '' }] : [];
  });
}

function followUpOf(letters: readonly GoalLetter[]): AreaGoal['followUp'] {
  for (const letter of letters) {
    const found = findSentence(letterBlocks(letter.body), letter.paragraphs, FOLLOW_UP);
    if (found) return { ...found, year: letter.year };
  }
  return null;
}

async function loadAreaGoals(): Promise<AreaGoal[]> {
  const [goals, letters, indicators] = await Promise.all([getCurrentGoals(), getLetters(), getIndicators()]);
  const entries = new Map(indicators.map((entry) => [entry.id, entry]));
  return Promise.all(
    goals.map(async (goal) => {
      const id = goal.data.indicator;
      const entry = id === null ? null : entries.get(id);
      if (entry === undefined)
        throw new Error(`content/goals/${goal.id}.md: indicator '${String(id)}' is not in data/indicators/`);
      const indicator = entry && (await indicatorView(entry));
      const listed = goalLetters(goal, letters);
      return { goal, indicator, letters: listed, followUp: indicator ? null : followUpOf(listed) };
    }),
  );
}

let cached: Promise<AreaGoal[]> | undefined;

/** The five goals with what area pages show for each, computed once per build. */
export function getAreaGoals(): Promise<AreaGoal[]> {
  cached ??= loadAreaGoals();
  return cached;
}
