import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { figureFiles } from './figure-files-store.ts';

/**
 * Writes the files the chart figures offer (figure-files-store.ts) into the built site once
 * every page is rendered, so that each figure's CSV links work without JavaScript; in
 * `astro dev` it serves them from memory once their page has been rendered.
 */
export function figureFilesIntegration(): AstroIntegration {
  return {
    name: 'beskaeftigelsesmaal:figure-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const body = figureFiles().get(path);
          if (body === undefined) return next();
          response.setHeader('Content-Type', 'text/csv; charset=utf-8');
          response.end(body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = [...figureFiles()];
        try {
          for (const [path, body] of files) {
            const file = `${root}${path.replace(/^\//, '')}`;
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, body);
          }
        } catch (error) {
          throw new Error(`Writing the chart figures' CSV files into ${root} failed`, { cause: error });
        }
        logger.info(`${files.length} CSV files of chart figures`);
      },
    },
  };
}
