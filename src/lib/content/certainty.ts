/**
 * How sure a goal's wording is, from surest to least sure:
 * `ministeriet` the ministry's own words (its letter or its own web page);
 * `gengivet` the ministry's words as a municipality, a newspaper or an organisation quotes them;
 * `overskrift` only a heading in a municipality's plan, which may be the municipality's words;
 * `omskrivning` no source gives the words: a paraphrase or a fragment.
 */
export const CERTAINTIES = ['ministeriet', 'gengivet', 'overskrift', 'omskrivning'] as const;

export type Certainty = (typeof CERTAINTIES)[number];

const LABELS: Record<Certainty, string> = {
  ministeriet: 'Ministeriets egen ordlyd',
  gengivet: 'Ministeriets ordlyd, som en kommune, en avis eller en organisation gengiver den',
  overskrift: 'Kun en overskrift i en kommunes plan; ordlyden kan være kommunens',
  omskrivning: 'Omskrevet: ingen kilde gengiver ordlyden',
};

/** The Danish words a reader sees for a certainty. */
export function certaintyLabel(certainty: Certainty): string {
  return LABELS[certainty];
}

const SHORT_LABELS: Record<Certainty, string> = {
  ministeriet: 'ministeriets egen ordlyd',
  gengivet: 'ministeriets ordlyd gengivet af andre',
  overskrift: 'kun overskrifter',
  omskrivning: 'kun omskrevet',
};

/** The short Danish words for the certainties of a list, surest first, each once. */
export function certaintySummary(certainties: readonly Certainty[]): string {
  return CERTAINTIES.filter((certainty) => certainties.includes(certainty))
    .map((certainty) => SHORT_LABELS[certainty])
    .join(', ');
}
