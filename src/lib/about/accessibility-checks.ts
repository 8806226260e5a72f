/**
 * The accessibility checks the test suite runs, as the accessibility statement names them. Each
 * names its test file and a phrase that file must contain (tests/unit/lib/about checks both), so
 * the statement cannot claim a check the suite does not run. The sample sizes live here and the
 * tests read them, so the numbers the statement gives are the ones the tests use.
 */

/** Pages axe checks when the site has more (tests/browser/axe.test.ts; AXE_PAGE_LIMIT overrides). */
export const AXE_SAMPLE_SIZE = 40;

/** Pages loaded at phone widths when the site has more (tests/browser/pages.test.ts; BROWSER_PAGE_LIMIT overrides). */
export const PAGE_LOAD_SAMPLE_SIZE = 80;

export interface AccessibilityCheck {
  /** Short Danish name, as the statement lists it. */
  name: string;
  /** What the check does, in Danish, as the test does it. */
  description: string;
  /** The test file that runs it, relative to the repository root. */
  testFile: string;
  /** Text that must occur in the test file: the call or option that makes the check what it says. */
  evidence: string;
}

function sample(size: number): string {
  return (
    `alle sider, så længe sitet har højst ${size}; ellers én side af hver sidetype ` +
    `og en jævn, fast stikprøve af resten, i alt ${size} sider`
  );
}

export const ACCESSIBILITY_CHECKS: readonly AccessibilityCheck[] = [
  {
    name: 'axe',
    description:
      'axe-core kører i Chromium med de regler for WCAG 2.0, 2.1 og 2.2 niveau A og AA, som kan ' +
      `afgøres automatisk, på ${sample(AXE_SAMPLE_SIZE)}.`,
    testFile: 'tests/browser/axe.test.ts',
    evidence: 'AXE_SAMPLE_SIZE',
  },
  {
    name: 'Gyldig HTML',
    description:
      'Hver bygget side valideres med Nu Html Checker (vnu), W3C’s validator. Fejl stopper testen.',
    testFile: 'tests/build/html-validity.test.ts',
    evidence: 'vnu.jar',
  },
  {
    name: 'Tastatur',
    description:
      'På én side af hver sidetype er springlinket første tabulatorstop og flytter fokus til ' +
      'hovedindholdet, og hvert link i hovedmenuen nås med Tab og har en synlig fokusmarkering.',
    testFile: 'tests/browser/keyboard.test.ts',
    evidence: "keyboard.press('Tab')",
  },
  {
    name: 'Smal skærm (320 px)',
    description: `Siderne indlæses 375 px brede og gøres derefter 320 px smalle, uden vandret rulning: ${sample(PAGE_LOAD_SAMPLE_SIZE)}.`,
    testFile: 'tests/browser/pages.test.ts',
    evidence: 'resize(session, 320)',
  },
  {
    name: 'Uden JavaScript',
    description:
      'Én side af hver sidetype åbnes med JavaScript slået fra og skal vise en overskrift og ' +
      'sit indhold.',
    testFile: 'tests/browser/no-javascript.test.ts',
    evidence: 'javaScriptEnabled: false',
  },
];
