import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OG_IMAGE } from '../lib/og/og-card.ts';

const require = createRequire(import.meta.url);
/** Inter (SIL Open Font License) from an npm package, so every machine renders the same PNG. */
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/inter/${file}`),
);
/** The files and packages that decide how an SVG becomes a PNG: a change to any makes a new cache key. */
const RENDERER_PACKAGES = ['@resvg/resvg-js', '@expo-google-fonts/inter'];

/**
 * What every cached PNG depends on besides its SVG: the renderer's and the fonts' package
 * versions, the font files, the worker that calls the renderer, and the output width.
 */
export async function rendererKey(workerFile: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of RENDERER_PACKAGES) {
    const { version } = require(`${name}/package.json`) as { version: string };
    hash.update(`${name}@${version}\n`);
  }
  for (const file of [...FONT_FILES, workerFile]) hash.update(await readFile(file));
  return hash.update(`width=${OG_IMAGE.width}`).digest('hex');
}

/**
 * Jobs one worker renders before it is replaced: resvg's native memory is only returned when
 * its objects are collected, so a long-lived worker's memory climbs (1.4 GB at 4,000 images).
 */
const JOBS_PER_WORKER = 25;

/** An SVG file to render and the PNG to write. */
export type Job = { file: string; out: string };
type Reply = { error?: string };

/** Renders up to JOBS_PER_WORKER jobs from the queue on a fresh worker, then ends it. */
async function renderBatch(workerFile: string, queue: Job[], errors: string[]): Promise<void> {
  const worker = new Worker(workerFile, { workerData: { fontFiles: FONT_FILES, width: OG_IMAGE.width } });
  let settle: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;
  let current: Job | undefined;
  worker.on('message', (reply: Reply) => settle?.resolve(reply));
  worker.on('error', (error) =>
    settle?.reject(new Error(`The preview-image worker failed on ${current?.file}`, { cause: error })),
  );
  // A worker that dies (a crash in the native renderer, an exit) sends no reply: fail, don't wait.
  worker.on('exit', (code) =>
    settle?.reject(
      new Error(`The preview-image worker stopped (exit code ${code}) while rendering ${current?.file}`),
    ),
  );
  try {
    for (let done = 0, job = queue.shift(); job; job = ++done < JOBS_PER_WORKER ? queue.shift() : undefined) {
      const sent = job;
      current = sent;
      const reply = await new Promise<Reply>((resolve, reject) => {
        settle = { resolve, reject };
        worker.postMessage(sent);
      });
      settle = undefined;
      if (reply.error) errors.push(`${sent.out}: ${reply.error}`);
    }
  } finally {
    settle = undefined;
    await worker.terminate();
  }
}

/** Renders jobs on a pool of worker threads; resolves when all are written, rejects if one fails. */
export async function renderAll(workerFile: string, jobs: Job[]): Promise<void> {
  const size = Math.max(1, Math.min(jobs.length, availableParallelism()));
  const queue = [...jobs];
  const errors: string[] = [];
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (queue.length > 0) await renderBatch(workerFile, queue, errors);
    }),
  );
  if (errors.length > 0) throw new Error(`Preview images failed:\n${errors.join('\n')}`);
}

/**
 * Turns the preview-image SVGs the build wrote under <outDir>/og/ into 1200 × 630 PNGs with
 * resvg, in a pool of worker threads. PNGs are cached by a hash of their SVG, so a rebuild
 * renders only images whose chart, text or renderer changed (rendererKey). The integration in
 * complete-site.ts runs it after Astro has written the pages, in a process of its own.
 */
export async function renderPreviewImages(
  outDir: string,
  root: URL,
  logger: { info(message: string): void },
): Promise<void> {
  const started = performance.now();
  const ogDir = join(outDir, 'og');
  const workerFile = fileURLToPath(new URL('src/integrations/og-render-worker.mjs', root));
  const key = await rendererKey(workerFile);
  const cacheDir = fileURLToPath(new URL('node_modules/.cache/og-images/', root));
  await mkdir(cacheDir, { recursive: true });
  const entries = await readdir(ogDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.svg'))
    .map((e) => join(e.parentPath, e.name));
  // Jobs name the SVG file, so memory holds one image per worker, not every pending one.
  const pending = new Map<string, Job>();
  const copies: { from: string; to: string }[] = [];
  for (const file of files) {
    const svg = await readFile(file, 'utf8');
    const hash = createHash('sha256').update(key).update(svg).digest('hex').slice(0, 32);
    const cached = join(cacheDir, `${hash}.png`);
    const isCached = await readFile(cached).then(
      () => true,
      () => false,
    );
    if (!pending.has(hash) && !isCached) pending.set(hash, { file, out: cached });
    copies.push({ from: cached, to: file.replace(/\.svg$/, '.png') });
  }
  await renderAll(workerFile, [...pending.values()]);
  await Promise.all(copies.map(({ from, to }) => copyFile(from, to)));
  await Promise.all(files.map((file) => rm(file)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`${files.length} preview images (${pending.size} rendered, the rest cached) in ${seconds} s`);
}
