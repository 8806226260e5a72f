import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedTexts } from '../../../src/integrations/search-vocabulary.ts';

const fragment = (path: string, body: string): { path: string; content: Uint8Array } => ({
  path,
  content: gzipSync(Buffer.from(body)),
});

describe('indexedTexts', () => {
  it('reads the indexed text and the searchable titles of each page from its fragment', () => {
    const page = {
      url: '/kommuner/aarhus/',
      content: 'Kommune i Region Midtjylland · kommune~kode 751. Århus 751',
      meta: {
        title: 'Aarhus: de beskæftigelsespolitiske mål',
        'andre-titler': 'Århus: de mål',
        type: 'kommune',
      },
    };
    const texts = indexedTexts([
      fragment('fragment/da_1.pf_fragment', `pagefind_dcd${JSON.stringify(page)}`),
      fragment('pagefind-entry.json', '{}'),
    ]);
    expect(texts).toEqual([
      'Kommune i Region Midtjylland · kommune~kode 751. Århus 751\nAarhus: de beskæftigelsespolitiske mål\nÅrhus: de mål',
    ]);
  });

  it('stops with the file when a fragment is not in the format it knows', () => {
    expect(() => indexedTexts([fragment('fragment/da_2.pf_fragment', '{"content":""}')])).toThrow(
      /fragment\/da_2\.pf_fragment does not start with 'pagefind_dcd'/,
    );
  });
});
