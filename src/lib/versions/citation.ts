import { SITE_NAME } from '../site.ts';
import { formatDate } from '../format.ts';

export interface CitationInput {
  /** The page's title as it should stand in a reference. */
  title: string;
  /** The stable, absolute URL of the page. */
  url: string;
  /** The date of the version cited: a letter's last update, an indicator's snapshot date. */
  version?: Date | undefined;
}

/** The placeholder a reader replaces with the day they fetched the page. */
export const RETRIEVAL_PLACEHOLDER = '[dato]';

/**
 * A suggested reference in Danish. The retrieval date is left as a placeholder: on a static
 * site the only date the page knows is its build date, which is not when the reader fetched it.
 */
export function suggestedCitation({ title, url, version }: CitationInput): string {
  const versionPart = version ? ` Version af ${formatDate(version)}.` : '';
  return `${SITE_NAME}: «${title}».${versionPart} ${url} (hentet ${RETRIEVAL_PLACEHOLDER}).`;
}
