/**
 * The search byte budget of issue #13: a first query on the real site downloads at most 130 KB (Pagefind's script,
 * wasm, metadata, the index chunks holding the query's words and the shown results' fragments, headers included),
 * as a static host that gzips text sends them. The queries are the ones with the commonest words, which cost most.
 * docs/performance.md says where the bytes go; `npm run bench:scale` measures the same on 10,000 pages.
 */
import type { Request } from 'playwright-core';
import { describe, expect } from 'vitest';
import { downloadsOf, totalBytes } from './downloads';
import { test } from './fixtures';

const budgetBytes = 130 * 1024;

const queries = [
  { lang: 'en', query: 'smart city' },
  { lang: 'en', query: 'open data' },
  { lang: 'en', query: 'smart parking' },
  { lang: 'en', query: 'data' },
  { lang: 'zh', query: '智慧城市' },
  { lang: 'zh', query: '开放数据' },
  { lang: 'zh', query: '智能停车' },
  { lang: 'zh', query: '数据' },
  // Traditional characters: the conversion table comes too (src/lib/traditional.ts).
  { lang: 'zh', query: '開放數據' },
  { lang: 'zh', query: '智慧城市 數據' },
] as const;

describe('search byte budget', () => {
  // A first visit's bytes: each test in a browser context of its own, with nothing kept from another.
  test.override('isolated', true);
  test.for(queries)('$lang: a first "$query" downloads at most 130 KB', async ({ lang, query }, { site, page }) => {
    await site.goto(`/${lang}/search/`, { waitUntil: 'networkidle' });
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    const input = page.locator('[data-search-input]');
    // Focus starts Pagefind's loading, as when a person clicks into the box; then the query, at once.
    await input.focus();
    await page.waitForLoadState('networkidle');
    await input.fill(query);
    await page.waitForFunction(
      (q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searched === q,
      query,
    );
    await page.locator('[data-search-result-link]').first().waitFor();
    // Every result fragment shown is fetched by then: network idle is half a second with no request.
    await page.waitForLoadState('networkidle');

    const downloads = await downloadsOf(requests);
    const bytes = totalBytes(downloads);
    const largest = downloads
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 6)
      .map((d) => `${d.path} ${(d.bytes / 1024).toFixed(1)} KB`);
    expect(
      downloads.some((d) => d.path.endsWith('.pf_index')),
      'an index chunk was downloaded',
    ).toBe(true);
    expect(
      downloads.some((d) => d.path.endsWith('.pf_fragment')),
      'a result fragment was downloaded',
    ).toBe(true);
    expect(bytes, `${(bytes / 1024).toFixed(1)} KB; largest: ${largest.join(', ')}`).toBeLessThanOrEqual(budgetBytes);
  });
});
