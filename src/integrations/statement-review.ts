import type { AstroIntegration } from 'astro';
import { STATEMENT_REVIEWED, staleReviewWarning } from '../lib/about/accessibility-statement.ts';

/** Warns at build time when the accessibility statement is due for its yearly review. */
export function statementReviewIntegration(reviewed: string = STATEMENT_REVIEWED): AstroIntegration {
  return {
    name: 'statement-review',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = staleReviewWarning(reviewed, new Date());
        if (warning) logger.warn(warning);
      },
    },
  };
}
