import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { topResultPaths } from './search-results';
import { searchQueries } from './search-queries';

/**
 * Every query of the list typed into the real search page, one page per language (Pagefind loads once): the
 * page's whole path runs, typo correction, Chinese word splitting, fewer words, as a reader gets it.
 */
describe('search finds what people type', () => {
  // About a hundred queries a language, each a search and a draw: up to a minute on a loaded machine.
  test.for(['en', 'zh'] as const)(
    '%s: every listed query has its page in the top three',
    { timeout: 120_000 },
    async (lang, { site, page }) => {
      const queries = searchQueries[lang];
      expect(queries.length).toBeGreaterThanOrEqual(90);
      await site.goto(`/${lang}/search/`);
      const input = page.locator('[data-search-input]');
      const misses: string[] = [];
      for (const { query, top3, first } of queries) {
        await input.fill(query);

        await page.waitForFunction(
          (q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searched === q,
          query,
        );
        const top = await topResultPaths(page);
        if (first ? top[0] !== top3 : !top.includes(top3))
          misses.push(
            `“${query}” → ${top.join(', ') || 'nothing'} (wanted ${top3}${first ? ' first' : ' in the top three'})`,
          );
      }
      expect(misses).toEqual([]);
    },
  );
});
