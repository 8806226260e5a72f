/**
 * src/lib stands in layers (STYLE.md rule 15, .dependency-cruiser.cjs): no import runs from a lower
 * layer up to a higher one, none runs in a loop, and every module belongs to a layer.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs') as IConfiguration;
const rules = config.forbidden ?? [];

async function violationsIn(dir: string): Promise<string[]> {
  const { output } = await cruise([dir], {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: rules },
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

// The layers' paths, as the rule that every module is in a layer lists them.
const inALayer = rules.find((rule) => rule.name === 'every-module-in-a-layer') as
  { to: { pathNot: string[] } } | undefined;
const layerPaths = (inALayer?.to.pathNot ?? []).map((path) => new RegExp(path));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the layers of src/lib', () => {
  it('has no import that runs up a layer and none in a loop', async () => {
    expect(await violationsIn('src/lib')).toEqual([]);
  }, 60_000);

  it('puts every module of src/lib in a layer', () => {
    expect(layerPaths.length).toBeGreaterThan(5);
    const outside = filesUnder('src/lib').filter((file) => !layerPaths.some((path) => path.test(file)));
    expect(outside).toEqual([]);
  });

  it('reports an upward import and a loop, so the check can fail', async () => {
    const probe = 'tests/fixtures/layers';
    const violations = await cruise([probe], {
      ...config.options,
      includeOnly: `^${probe}/`,
      validate: true,
      ruleSet: {
        forbidden: [
          ...rules
            .filter((rule) => rule.name === 'no-circular')
            .map((rule) => ({ ...rule, from: { path: `^${probe}/` } })),
          {
            name: 'no-upward-probe',
            severity: 'error',
            from: { path: `^${probe}/data/` },
            to: { path: `^${probe}/og/` },
          },
        ],
      },
    });
    const names = (violations.output as ICruiseResult).summary.violations.map((v) => v.rule.name).sort();
    expect(new Set(names)).toEqual(new Set(['no-circular', 'no-upward-probe']));
  }, 60_000);
});
