// Renders preview-image SVGs to PNG for src/integrations/og-images.ts, one job at a time.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { fontFiles, width } = workerData;

parentPort.on('message', ({ file, out }) => {
  try {
    const svg = readFileSync(file, 'utf8');
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      // Font files by path load far faster than the same fonts passed as buffers.
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    });
    writeFileSync(out, resvg.render().asPng());
    parentPort.postMessage({ out });
  } catch (error) {
    parentPort.postMessage({ out, error: error instanceof Error ? error.message : String(error) });
  }
});
