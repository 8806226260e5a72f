import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixtureSite, type FixtureSite } from '../../../support/fixture-site.ts';

// Each case runs the real `astro sync` on a broken copy of the content: the build must stop
// and say which file and which field are wrong.
describe('letters collection in a real astro sync', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  const letter2023 = (): string => readFileSync(join(site!.root, 'content/letters/2023.mdx'), 'utf8');

  it('accepts the real letters', async () => {
    site = makeFixtureSite();
    const { code, output } = await site.sync();
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it('rejects a letter without a title, naming the file and the field', async () => {
    site = makeFixtureSite();
    site.write('content/letters/2023.mdx', letter2023().replace(/^title: .*\n/m, ''));
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2023.mdx');
    expect(output).toMatch(/title/);
  });

  it('rejects an unknown goal id, naming the id', async () => {
    site = makeFixtureSite();
    site.write(
      'content/letters/2023.mdx',
      letter2023().replace('goal: opkvalificering', 'goal: opkvalifisering'),
    );
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toContain('2023.mdx');
    expect(output).toContain("unknown goal id 'opkvalifisering'");
  });

  it('rejects two letters for the same year', async () => {
    site = makeFixtureSite();
    site.write('content/letters/2025.mdx', letter2023());
    const { code, output } = await site.sync();
    expect(code).not.toBe(0);
    expect(output).toMatch(/2025\.mdx: field 'year': 2023 is already the year of .*2023\.mdx/);
  });
}, 120_000);
