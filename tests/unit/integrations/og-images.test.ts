import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderAll, rendererKey } from '../../../src/integrations/og-images.ts';

const dir = mkdtempSync(join(tmpdir(), 'og-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workerFile(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${source}\n`);
  return file;
}

describe('renderAll', () => {
  test('fails with the file it was rendering when a worker dies, instead of waiting for ever', async () => {
    const dying = workerFile('dying.mjs', 'parentPort.on("message", () => process.exit(3));');
    await expect(renderAll(dying, [{ file: 'og/kommuner/aarhus.svg', out: 'x.png' }])).rejects.toThrow(
      'The preview-image worker stopped (exit code 3) while rendering og/kommuner/aarhus.svg',
    );
  });

  test('fails when a worker throws outside its message handler', async () => {
    const throwing = workerFile(
      'throwing.mjs',
      'parentPort.on("message", () => setTimeout(() => { throw new Error("boom"); }));',
    );
    await expect(renderAll(throwing, [{ file: 'og/maal/a.svg', out: 'x.png' }])).rejects.toThrow(
      'The preview-image worker failed on og/maal/a.svg',
    );
  });

  test('collects the errors a worker reports and names each image', async () => {
    const refusing = workerFile(
      'refusing.mjs',
      'parentPort.on("message", ({ out }) => parentPort.postMessage({ out, error: "bad SVG" }));',
    );
    const jobs = [
      { file: 'a.svg', out: 'a.png' },
      { file: 'b.svg', out: 'b.png' },
    ];
    await expect(renderAll(refusing, jobs)).rejects.toThrow(
      /a\.png: bad SVG\nb\.png: bad SVG|b\.png: bad SVG\na\.png: bad SVG/,
    );
  });
});

describe('rendererKey', () => {
  test('is the same for the same renderer and changes when the worker changes', async () => {
    const one = workerFile('one.mjs', '// fitTo width');
    const two = workerFile('two.mjs', '// fitTo height');
    expect(await rendererKey(one)).toBe(await rendererKey(one));
    expect(await rendererKey(one)).not.toBe(await rendererKey(two));
  });
});
