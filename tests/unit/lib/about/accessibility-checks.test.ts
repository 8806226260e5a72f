/**
 * The accessibility statement names the checks the test suite runs: each named test file exists
 * and does what the statement says (its evidence phrase is in it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_CHECKS } from '../../../../src/lib/about/accessibility-checks.ts';

const root = new URL('../../../../', import.meta.url);

describe('ACCESSIBILITY_CHECKS', () => {
  it.each(ACCESSIBILITY_CHECKS.map((check) => [check.name, check] as const))(
    '"%s" names a test file that exists and runs the check',
    (_, check) => {
      const file = new URL(check.testFile, root);
      expect(existsSync(file), `${check.testFile} exists`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${check.testFile} contains "${check.evidence}"`).toContain(
        check.evidence,
      );
    },
  );

  it('covers axe, vnu, the keyboard, 320 px and JavaScript off, as the statement promises', () => {
    expect(ACCESSIBILITY_CHECKS.map((check) => check.testFile)).toEqual(
      expect.arrayContaining([
        'tests/browser/axe.test.ts',
        'tests/build/html-validity.test.ts',
        'tests/browser/keyboard.test.ts',
        'tests/browser/pages.test.ts',
        'tests/browser/no-javascript.test.ts',
      ]),
    );
  });
});
