import { describe, expect, it } from 'vitest';
import { STATEMENT_REVIEWED, staleReviewWarning } from '../../../../src/lib/about/accessibility-statement.ts';
import { formatDate } from '../../../../src/lib/format.ts';

describe('STATEMENT_REVIEWED', () => {
  it('is a real date', () => {
    expect(() => formatDate(STATEMENT_REVIEWED)).not.toThrow();
  });
});

describe('staleReviewWarning', () => {
  it('stays quiet for a year after the review', () => {
    expect(staleReviewWarning('2026-12-06', new Date('2026-12-06T12:00:00Z'))).toBeUndefined();
    expect(staleReviewWarning('2026-12-06', new Date('2027-12-05T23:59:59Z'))).toBeUndefined();
  });

  it('warns from the day the review is a year old, naming where to update the date', () => {
    expect(staleReviewWarning('2026-12-06', new Date('2027-12-06T00:00:00Z'))).toMatch(
      /last reviewed on 2026-12-06.*STATEMENT_REVIEWED in src\/lib\/about\/accessibility-statement\.ts/,
    );
  });
});
