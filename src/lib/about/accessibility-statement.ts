/**
 * What the accessibility statement (/tilgaengelighed/) says beyond the checks
 * (accessibility-checks.ts): the standard and status, what is known not to conform, and when the
 * statement was last reviewed. The order of the page follows Digitaliseringsstyrelsen's
 * statement template (WAS-Tool), which follows the EU Commission's model statement.
 */

/** The standard the site aims at. */
export const STANDARD = 'WCAG 2.2 niveau AA';

/**
 * The status in the template's words ("overholder … fuldt ud / delvist / ikke"). Partially: the
 * problems below are known, and no one has gone through every success criterion by hand.
 */
export const CONFORMANCE_STATUS = 'Sitet overholder delvist WCAG 2.2 niveau AA.';

/**
 * The day someone last ran the checks on the whole site, read the statement against the site and
 * the test suite, and found it true. Kept by hand, since a test run cannot vouch for the prose;
 * update it with each review (the template asks for one at least once a year).
 */
export const STATEMENT_REVIEWED = '2026-12-06';

/** What the build prints when the last review is more than a year before `now`; undefined otherwise. */
export function staleReviewWarning(reviewed: string, now: Date): string | undefined {
  const due = new Date(`${reviewed}T00:00:00Z`);
  due.setUTCFullYear(due.getUTCFullYear() + 1);
  if (now < due) return undefined;
  return (
    `the accessibility statement was last reviewed on ${reviewed}, more than a year ago: run the checks, ` +
    'read it against the site and update STATEMENT_REVIEWED in src/lib/about/accessibility-statement.ts'
  );
}

export interface KnownProblem {
  /** What does not work, and for whom, in Danish. */
  text: string;
  /** The WCAG success criterion it fails, number and Danish name. */
  criterion: string;
}

/** Content known not to conform. */
export const KNOWN_PROBLEMS: readonly KnownProblem[] = [
  {
    text:
      'Når musen holdes over en graf over tid, vises en boks med tallene for den nærmeste periode. ' +
      'Boksen dækker en del af grafen og kan ikke lukkes med Escape, så længe grafen ikke har ' +
      'tastaturfokus; den forsvinder først, når musen flyttes væk.',
    criterion: '1.4.13 Indhold ved svæv eller fokus',
  },
  {
    text:
      'En graf over tid kan få tastaturfokus og betjenes med piletasterne, men skærmlæsere får den ' +
      'præsenteret som et billede, så det fremgår ikke, at den kan betjenes. Værdierne læses op, ' +
      'når man flytter med piletasterne, og de står alle i tabellen under grafen.',
    criterion: '4.1.2 Navn, rolle, værdi',
  },
];

/** What every chart offers besides the drawing, and what that leaves out. */
export const CHART_ALTERNATIVES = {
  offered: [
    'en sætning over grafen, der siger, hvad den viser (den er også grafens beskrivelse for skærmlæsere)',
    'alle grafens tal i en tabel under grafen («Se tallene som tabel»)',
    'tallene som CSV-fil og som CSV-fil til Excel, også uden JavaScript',
    'grafen tegnet på forhånd som SVG, så den vises uden JavaScript',
  ],
  limitation:
    'Sætningen over en graf over tid nævner kun den seneste periode. Udviklingen over tid er ' +
    'ikke beskrevet med ord; den kan kun læses ud af tabellen.',
} as const;

/** Where readers learn how to complain to the supervising authority (read on digst.dk 2026-12-06). */
export const COMPLAINTS = {
  url: 'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/',
  label: 'Digitaliseringsstyrelsens side om ikke-tilgængeligt indhold',
} as const;
