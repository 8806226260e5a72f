import { yearsInForce, yearsOfRewording, type TimelineEntry } from '../versions/goal-timeline.ts';

/** Years as Danish text, runs of consecutive years joined: "2008, 2017–2024". */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

/** The kicker above a goal's title: its number in the last letters, or the years it stood. */
export function goalKicker(number: number | null, timeline: readonly TimelineEntry[]): string {
  if (number !== null) return `Mål ${number}`;
  return `Mål i ${yearRuns(yearsInForce(timeline))}`;
}

/** What the sources say of a goal's years and wording, in Danish sentences. */
export function goalYearsText(timeline: readonly TimelineEntry[]): string {
  const years = yearsInForce(timeline);
  const rewordings = yearsOfRewording(timeline);
  const letters = timeline.filter((entry) => entry.letterOnSite).map((entry) => entry.year);
  const stood = `Ifølge de kilder, sitet har fundet, stod målet i ${yearRuns(years)}.`;
  const wording =
    rewordings.length === 0
      ? 'Ordlyden er den samme i alle de år, hvor kilderne gengiver den.'
      : `Ordlyden ændrede sig i ${rewordings.join(', ')}.`;
  const sources =
    letters.length > 0
      ? `Sitet har brevene for ${letters.join(' og ')}; for de øvrige år bygger tabellen på de kilder, der står i den.`
      : 'Sitet har ikke brevene for de år; tabellen bygger på de kilder, der står i den.';
  return `${stood} ${wording} ${sources}`;
}
