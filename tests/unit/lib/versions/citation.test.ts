import { describe, expect, it } from 'vitest';
import { suggestedCitation } from '../../../../src/lib/versions/citation.ts';

describe('suggestedCitation', () => {
  it('gives title, version date, stable URL and a retrieval-date placeholder', () => {
    expect(
      suggestedCitation({
        title: 'De beskæftigelsespolitiske mål for 2024',
        url: 'https://beskaeftigelsesmaal.dk/2024/',
        version: new Date('2026-11-21T00:00:00Z'),
      }),
    ).toBe(
      'Beskæftigelsesmål: «De beskæftigelsespolitiske mål for 2024». Version af 21. november 2026. https://beskaeftigelsesmaal.dk/2024/ (hentet [dato]).',
    );
  });

  it('leaves the version out for a page without one', () => {
    expect(suggestedCitation({ title: 'Værdig sagsbehandling', url: 'https://x.dk/maal/a/' })).toBe(
      'Beskæftigelsesmål: «Værdig sagsbehandling». https://x.dk/maal/a/ (hentet [dato]).',
    );
  });
});
