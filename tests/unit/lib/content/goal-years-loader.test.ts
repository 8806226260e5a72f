import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixtureSite, type FixtureSite } from '../../../support/fixture-site.ts';

// Each case runs the real `astro sync` on a broken copy of content/goal-years: the build must
// stop and name the file and the field.
describe('goalYears collection in a real astro sync', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  const record = (year: number): string =>
    readFileSync(join(site!.root, `content/goal-years/${year}.yaml`), 'utf8');

  it('rejects an unknown goal id, naming the file, the field and the id', async () => {
    site = makeFixtureSite();
    site.write(
      'content/goal-years/2018.yaml',
      record(2018).replace('goal: socialt-bedrageri', 'goal: bedrageri'),
    );
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2018');
    expect(output).toContain('goals.4.goal');
    expect(output).toContain("unknown goal id 'bedrageri'");
  });

  it('rejects a record without sources', async () => {
    site = makeFixtureSite();
    site.write('content/goal-years/2017.yaml', record(2017).replace(/\nsources:[\s\S]*$/, '\nsources: []\n'));
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2017');
    expect(output).toMatch(/sources/);
  });

  it('rejects a goal that points at a source the record does not have', async () => {
    site = makeFixtureSite();
    site.write(
      'content/goal-years/2016.yaml',
      record(2016).replace('certainty: gengivet\n', 'certainty: gengivet\n    source: 3\n'),
    );
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2016');
    expect(output).toContain('goals.0.source');
  });

  it('rejects a certainty outside the list, naming the allowed ones', async () => {
    site = makeFixtureSite();
    site.write(
      'content/goal-years/2015.yaml',
      record(2015).replace('certainty: overskrift', 'certainty: sikker'),
    );
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2015');
    expect(output).toContain('goals.0.certainty');
    expect(output).toMatch(/ministeriet/);
  });
}, 120_000);
