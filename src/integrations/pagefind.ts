import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`. Pagefind makes one index
 * per <html lang>; any error fails the build, since a silent empty index would break search.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'smart-city-ladder:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Timed in parts so the scale benchmark (scripts/bench-scale.ts) can say where the time goes.
        const started = performance.now();
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          const indexed = performance.now();
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(2);
          logger.info(
            `Pagefind indexed ${added.page_count} pages in ${seconds(started)} s ` +
              `(reading and indexing ${seconds(started, indexed)} s, writing ${seconds(indexed)} s)`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
