/**
 * Every built page is valid HTML by the Nu Html Checker (vnu.jar, the W3C
 * validator), run once over the whole of dist/. Warnings are printed, errors fail.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, test } from 'vitest';
import { assertNone } from '../support/report.ts';
import { distDir } from '../support/site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

async function validate(dir: string): Promise<VnuMessage[]> {
  const args = ['-Xss2m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', '--exit-zero-always', dir];
  try {
    const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 256 * 1024 * 1024 });
    return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  } catch (error) {
    throw new Error('could not run the Nu Html Checker: is Java installed (`java -version`)?', {
      cause: error,
    });
  }
}

function describeMessage(message: VnuMessage): string {
  const file = message.url ? relative(distDir(), fileURLToPath(message.url)) : '(dist)';
  const extract = message.extract ? ` — near ${JSON.stringify(message.extract.trim().slice(0, 80))}` : '';
  return `dist/${file} line ${message.lastLine ?? '?'}: ${message.message}${extract}`;
}

describe('HTML validity (Nu Html Checker)', () => {
  test('no built page has a validation error', async () => {
    const messages = await validate(distDir());
    const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning');
    if (warnings.length > 0)
      console.warn(`vnu: ${warnings.length} warnings, e.g. ${describeMessage(warnings[0]!)}`);
    const errors = messages.filter((message) => message.type !== 'info');
    assertNone('HTML validation errors', errors.map(describeMessage));
  });
});
