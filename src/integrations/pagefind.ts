import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { forEachHtmlFile } from './html-files';
import { vocabularyOf, vocabularyPath } from '../lib/search-query';
import { alternateTermMark } from '../lib/search-state';
import {
  alternateTermWeight,
  htmlText,
  pageWeight,
  synonymExpander,
  weighted,
  synonymFileSchema,
  termForLanguage,
  withoutIgnored,
  withSentenceBoundaries,
  type AlternateTerm,
} from '../lib/search-terms';

const synonymsFile = new URL('../../content/search/synonyms.json', import.meta.url);

/**
 * The most words a language's vocabulary lists for the search page: the real site has about 1,900 English words
 * (7 KB gzipped, all of them); the 10,000-page corpus many more, and the first query's bytes must stay in budget.
 */
const vocabularyLimit = 2500;

/**
 * Postings (a word's places on a page) Pagefind puts in one index chunk before it starts the next. A query downloads
 * the chunks that hold its words, so this sets most of a first query's index bytes. Pagefind's default, 20,000,
 * made each chunk 20–25 KB gzipped on the real site and two of them came with most two-word queries; 2,500 makes them
 * 3–7 KB, and the chunk list in each language's metadata, which grows with their number, stays small
 * (docs/performance.md has the measurements). Pagefind 1.6 reads it from this environment variable only, as
 * "unstable": the version is pinned, and the search byte test (tests/e2e/search-bytes.test.ts) fails if it stops
 * working. A value already in the environment wins, for measuring others.
 */
export const indexChunkPostings = 2500;

/**
 * A page as Pagefind indexes it, and its searchable text. The copy has the alternate terms its text calls for added
 * at the end of its data-pagefind-body, each weighed by how much the page is about it (see
 * {@link alternateTermWeight}); its description kept as Pagefind metadata for when an excerpt would show only added
 * terms; and its run-on elements written as blocks Pagefind separates ({@link withSentenceBoundaries}). Only the
 * index sees this: the page on disk is untouched, so no reader, validator or screen reader meets a list of keywords.
 */
function pageForIndex(html: string, expand: (text: string) => AlternateTerm[], weight: number) {
  const body = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/.exec(html);
  if (!body) return undefined;
  const text = htmlText(withoutIgnored(body[1]));
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
  const terms = expand(text).filter(({ term }) => termForLanguage(term, lang.split('-')[0]));
  const start = body.index;
  const end = body.index + body[0].length;
  const bounded = (main: string) =>
    html.slice(0, start) + weighted(withSentenceBoundaries(main), weight) + html.slice(end);
  if (terms.length === 0) return { text, lang, html: bounded(body[0]), expanded: false };
  const keywords = `<p>${terms
    .map(
      ({ term, mentions }) =>
        `${alternateTermMark} <span data-pagefind-weight="${alternateTermWeight(mentions) * weight}">${term.replace(/[<&]/g, ' ')}</span> `,
    )
    .join('')}</p>`;
  const page = bounded(body[0].slice(0, -'</main>'.length) + keywords + '</main>').replace(
    '<meta name="description"',
    '<meta data-pagefind-meta="description[content]" name="description"',
  );
  return { text, lang, html: page, expanded: true };
}

/**
 * Indexes the built site with Pagefind's Node API after `astro build`. Pagefind makes one index
 * per <html lang>; any error fails the build, since a silent empty index would break search.
 * Each page is indexed with the alternate terms of content/search/synonyms.json that its text calls for, and each
 * language gets a vocabulary of its words for the search page's typo correction.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'smart-city-ladder:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Timed in parts so the scale benchmark (scripts/bench-scale.ts) can say where the time goes.
        const started = performance.now();
        const synonyms = synonymFileSchema.parse(JSON.parse(await readFile(synonymsFile, 'utf8')));
        const expand = synonymExpander(synonyms);
        // The Latin words of the list's terms join the vocabulary; its Chinese terms are in the search page.
        const termsFor = (language: string) =>
          synonyms.groups
            .flatMap((g) => [...g.en, ...g.zh])
            .filter((term) => termForLanguage(term, language) && !/\p{Script=Han}/u.test(term));
        // Read by Pagefind's process, which starts with the first call below and inherits this environment.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkPostings);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const texts = new Map<string, string[]>();
          let pageCount = 0;
          let expanded = 0;
          // The searchable pages, keywords added, go to a copy that Pagefind reads as it reads a site: one call,
          // not one per page (20,000 calls into its process cost more than the copy).
          const copy = await mkdtemp(join(tmpdir(), 'pagefind-'));
          try {
            await forEachHtmlFile(outDir, async (file) => {
              // A case weighs more than a city's page, which weighs more than a page that names many things.
              const path = `/${relative(outDir, file)
                .replace(/index\.html$/, '')
                .replace(/\\/g, '/')}`;
              const weight = pageWeight(path);
              const page = pageForIndex(await readFile(file, 'utf8'), expand, weight);
              if (!page) return;
              const target = join(copy, relative(outDir, file));
              await mkdir(dirname(target), { recursive: true });
              await writeFile(target, page.html);
              if (page.expanded) expanded++;
              const language = page.lang.split('-')[0];
              if (!texts.has(language)) texts.set(language, []);
              texts.get(language)!.push(page.text);
            });
            const added = await index.addDirectory({ path: copy });
            if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
            pageCount = added.page_count;
          } finally {
            await rm(copy, { recursive: true, force: true });
          }
          if (pageCount === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          const indexed = performance.now();
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          for (const [language, pages] of texts)
            await writeFile(
              join(outDir, 'pagefind', vocabularyPath(language)),
              JSON.stringify(vocabularyOf(pages, vocabularyLimit, termsFor(language))),
            );
          const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(2);
          logger.info(
            `Pagefind indexed ${pageCount} pages in ${seconds(started)} s ` +
              `(reading and indexing ${seconds(started, indexed)} s, writing ${seconds(indexed)} s); ` +
              `${expanded} with alternate terms`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
