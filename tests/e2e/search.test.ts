import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

// Real queries in each language; each must find the case that is about it, in that language only.
const queries = [
  { lang: 'en', query: 'open data', expect: '/en/cases/open-data-portals/' },
  { lang: 'zh', query: '开放数据', expect: '/zh/cases/open-data-portals/' },
  { lang: 'en', query: 'parking', expect: '/en/cases/qianhai-smart-parking/' },
  { lang: 'zh', query: '智能停车', expect: '/zh/cases/qianhai-smart-parking/' },
  { lang: 'zh', query: '即付即用', expect: '/zh/cases/busan-cloud-pay-as-you-go/' },
  { lang: 'zh', query: '公私合营', expect: '/zh/cases/amsterdam-smart-city-ppp-fund/' },
] as const;

describe('search', () => {
  test.for(queries)('$lang: "$query" finds $expect', async ({ lang, query, expect: expected }, { site, page }) => {
    await site.goto(`/${lang}/search/`);
    await page.locator('[data-search-input]').fill(query);
    const results = page.locator('[data-search-result-link]');
    await results.first().waitFor({ timeout: 10_000 });
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(expected);
    expect(hrefs.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
  });
});

/** Presses "Show more results" until every result is listed. */
async function showAllResults(page: Page) {
  const more = page.locator('[data-search-more]');
  const items = page.locator('[data-search-results] > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
}

describe('search with a filter', () => {
  // Region is a Pagefind filter on case and city pages, named in each language.
  test.for([
    {
      lang: 'en',
      query: 'open data',
      filter: 'Region',
      value: 'China',
      expect: '/en/cases/haidian-traffic-data-api/',
      excluded: '/en/cases/open-data-portals/',
    },
    {
      lang: 'zh',
      query: '数据',
      filter: '地区',
      value: '中国',
      expect: '/zh/cases/haidian-traffic-data-api/',
      excluded: '/zh/cases/open-data-portals/',
    },
  ] as const)(
    '$lang: "$query" filtered to $value, kept in the link',
    async ({ lang, query, filter, value, expect: expected, excluded }, { site, page }) => {
      await site.goto(`/${lang}/search/`);
      const results = page.locator('[data-search-result-link]');
      const paths = () =>
        results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const status = page.locator('[data-search-status]');
      await page.locator('[data-search-input]').fill(query);
      await status.filter({ hasText: query }).waitFor();
      // Every result listed, so the page the filter will drop is seen first.
      await showAllResults(page);
      expect(await paths()).toContain(excluded);
      const unfilteredStatus = await status.textContent();

      await page.locator('[data-search-filters] summary').click();
      await page.getByRole('group', { name: filter }).getByRole('checkbox', { name: value }).check();
      await status.filter({ hasNotText: unfilteredStatus! }).waitFor();
      await showAllResults(page);
      const filtered = await paths();
      expect(filtered).toContain(expected);
      expect(filtered).not.toContain(excluded);
      expect(filtered.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
      // Results and the open filter panel, drawn by the script, pass axe too.
      expect(await accessibilityViolations(page)).toEqual([]);

      // The link carries query and filter: a new page shows the same results with the box checked.
      const shared = page.url();
      expect(new URL(shared).searchParams.get(filter)).toBe(value);
      const again = await page.context().newPage();
      await again.goto(shared);
      await again.locator('[data-search-result-link]').first().waitFor();
      expect(await again.locator('[data-search-input]').inputValue()).toBe(query);
      expect(await again.getByRole('group', { name: filter }).getByRole('checkbox', { name: value }).isChecked()).toBe(
        true,
      );
    },
  );

  test('ignores a filter a tampered link names that the index does not have', async ({ site, page }) => {
    await site.goto('/en/search/?q=parking&Region=Atlantis&Colour=red');
    await page.locator('[data-search-result-link]').first().waitFor();
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/results? for “parking”/);
    expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
  });
});

describe('search while typing', () => {
  test('waits on a one-letter word until the next key or Enter', async ({ site, page }) => {
    await site.goto('/en/search/');
    const input = page.locator('[data-search-input]');
    const status = page.locator('[data-search-status]');
    await input.focus();
    await page.keyboard.type('p');
    await page.waitForTimeout(500);
    expect(await status.textContent()).toBe('');
    await page.keyboard.type('a');
    await status.filter({ hasText: '“pa”' }).waitFor();
    await page.keyboard.type('rking q');
    await page.keyboard.press('Enter');
    await status.filter({ hasText: '“parking q”' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('parking q');
  });
});

describe('search before use', () => {
  test('downloads nothing of Pagefind until the box is used', async ({ site, page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await site.goto('/en/search/', { waitUntil: 'networkidle' });
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    // Focus starts the loading: the wasm is the last thing Pagefind's init fetches.
    await Promise.all([
      page.waitForResponse((response) => /\/pagefind\/wasm\./.test(response.url())),
      page.locator('[data-search-input]').focus(),
    ]);
    await page.waitForLoadState('networkidle');
    expect(fetched).toContain('/pagefind/pagefind.js');
    // Filters are loaded only when their panel is opened.
    expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
  });
});
