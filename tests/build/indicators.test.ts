/** The indicator pages against each indicator's own metadata (data/indicators/<id>/indicator.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorPath } from '../../src/lib/paths.ts';
import { decodeEntities } from '../support/html.ts';
import { readBuilt } from '../support/site.ts';

interface Meta {
  id: string;
  source: { name: string; measure: string; table: string };
}

const metas: Meta[] = readdirSync('data/indicators', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => JSON.parse(readFileSync(`data/indicators/${entry.name}/indicator.json`, 'utf8')) as Meta);

const text = (html: string): string =>
  decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

describe.for(metas)('the page of indicator $id', (meta) => {
  it('names its source, measure and table as a sentence', () => {
    const facts = /<dt[^>]*>Kilde<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(
      readBuilt(indicatorPath(meta.id)),
    )?.[1];
    expect(text(facts ?? '')).toBe(
      `${meta.source.name}, måling ${meta.source.measure} (tabel ${meta.source.table})`,
    );
  });
});
