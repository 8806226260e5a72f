import { ABOUT_PATH, GOALS_PATH, HOME_PATH, INDICATORS_PATH, MUNICIPALITIES_PATH } from './paths.ts';

/** Site-wide facts the interface repeats. */
export const SITE_NAME = 'Beskæftigelsesmål';

/** The front page's title in shared links (its page title is the site's name alone). */
export const HOME_SHARE_TITLE = 'De beskæftigelsespolitiske mål: arkiv over målene og deres indikatorer';

export const SITE_DESCRIPTION =
  'Arkiv over de beskæftigelsespolitiske mål, som beskæftigelsesministeren meldte ud til kommunerne, og de indikatorer, der fulgte dem.';

/** The law that abolished the goals, with the sources that document it. */
export const ABOLITION = {
  law: 'lov nr. 1656 af 30. december 2024',
  shortLaw: 'lov nr. 1656 af 30/12/2024',
  bill: 'lovforslag L 75 (Folketingsåret 2024-25)',
  billUrl: 'https://www.ft.dk/samling/20241/lovforslag/L75/index.htm',
  lawUrl: 'https://www.retsinformation.dk/eli/lta/2024/1656',
} as const;

/** The sample-data label required wherever generated figures are shown. */
export const SAMPLE_LABEL = 'Eksempeldata – ikke officielle tal';

/** Main navigation, in order. */
export const NAV = [
  { href: HOME_PATH, label: 'Forside' },
  { href: GOALS_PATH, label: 'Målene' },
  { href: INDICATORS_PATH, label: 'Indikatorer' },
  { href: MUNICIPALITIES_PATH, label: 'Kommuner' },
  { href: ABOUT_PATH, label: 'Om sitet' },
] as const;
