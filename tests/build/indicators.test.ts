/** The indicator pages against each indicator's own metadata (data/indicators/<id>/indicator.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorPath } from '../../src/lib/paths.ts';
import { decodeEntities } from '../support/html.ts';
import { readBuilt } from '../support/site.ts';
import { sourceLineOf } from '../../src/lib/data/source-line.ts';
import type { IndicatorMeta } from '../../src/lib/data/indicator-meta.ts';

type Meta = IndicatorMeta;

const metas: Meta[] = readdirSync('data/indicators', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => JSON.parse(readFileSync(`data/indicators/${entry.name}/indicator.json`, 'utf8')) as Meta);

const text = (html: string): string =>
  decodeEntities(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

describe.for(metas)('the page of indicator $id', (meta) => {
  it('names what the figures are, the measure and the table, as sourceLineOf words it', () => {
    const facts = /<dt[^>]*>Kilde<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(
      readBuilt(indicatorPath(meta.id)),
    )?.[1];
    expect(text(facts ?? '')).toBe(`${sourceLineOf(meta).detail}, tabel ${meta.source.table}`);
    if (meta.sample)
      expect(text(facts ?? '')).toMatch(/^Eksempeldata, dannet efter Jobindsats' måling MM\d+/);
  });
});
