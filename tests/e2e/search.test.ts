import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { searchDrawn, topResultPaths } from './search-results';

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
    // Every result of the first page, not only the first: the others are drawn as their data arrives.
    await searchDrawn(page);
    const hrefs = await results.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(expected);
    expect(hrefs.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
  });
});

/** Presses "Show more results" until every result is listed. */
async function showAllResults(page: Page) {
  await searchDrawn(page);
  const more = page.locator('[data-search-more]');
  const items = page.locator('[data-search-results] > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
    // The button is disabled while the next results are drawn (one by one), and hidden after the last.
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-search-more]')!.disabled);
  }
}

describe('search with a filter', () => {
  // Region is a Pagefind filter on case and city pages, by id (region=cn); the panel shows it in the page's language.
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
    '$lang: "$query" filtered to $value, kept in the link by id',
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

      // Opened after a search, the panel counts within the results: not (0) everywhere.
      await page.locator('[data-search-filters] summary').click();
      const box = page.getByRole('group', { name: filter }).getByRole('checkbox', { name: value });
      await box.waitFor();
      await expect
        .poll(() => page.locator('[data-search-filters] .count').allTextContents())
        .toContainEqual(expect.stringMatching(/^\([1-9]\d*\)$/));
      const counted = Number(/\((\d+)\)/.exec((await box.locator('..').textContent())!)?.[1]);
      await box.check();
      await status.filter({ hasNotText: unfilteredStatus! }).waitFor();
      await showAllResults(page);
      const filtered = await paths();
      // The count beside the value was the number of results that ticking it leaves.
      expect(filtered).toHaveLength(counted);
      expect(filtered).toContain(expected);
      expect(filtered).not.toContain(excluded);
      expect(filtered.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
      // Results and the open filter panel, drawn by the script, pass axe too.
      expect(await accessibilityViolations(page)).toEqual([]);

      // The link carries query and filter by id: a new page shows the same results with the box checked.
      const shared = page.url();
      expect(new URL(shared).searchParams.get('region')).toBe('cn');
      const again = await page.context().newPage();
      await again.goto(shared);
      await again.locator('[data-search-result-link]').first().waitFor();
      expect(await again.locator('[data-search-input]').inputValue()).toBe(query);
      expect(await again.getByRole('group', { name: filter }).getByRole('checkbox', { name: value }).isChecked()).toBe(
        true,
      );
    },
  );

  test('the same link means the same search in the other language', async ({ site, page }) => {
    await site.goto('/en/search/?q=wifi&region=eu');
    await searchDrawn(page);
    expect(
      await page.getByRole('group', { name: 'Region' }).getByRole('checkbox', { name: 'European Union' }).isChecked(),
    ).toBe(true);
    const en = await page
      .locator('[data-search-result-link]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await site.goto('/zh/search/?q=wifi&region=eu');
    await searchDrawn(page);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('wifi');
    expect(await page.getByRole('group', { name: '地区' }).getByRole('checkbox', { name: '欧盟' }).isChecked()).toBe(
      true,
    );
    const zh = await page
      .locator('[data-search-result-link]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // The same search: the European Wi-Fi case in both, no Chinese city's page in either.
    expect(en).toContain('/en/cases/venice-wifi-paid-by-visitors/');
    expect(zh).toContain('/zh/cases/venice-wifi-paid-by-visitors/');
    expect([...en, ...zh].filter((path) => /\/cities\/(shanghai|beijing|ningbo|shenzhen)/.test(path))).toEqual([]);
  });

  test('ignores a filter a tampered or old link names that the index does not have', async ({ site, page }) => {
    await site.goto('/en/search/?q=parking&region=atlantis&Region=China&colour=red');
    await page.locator('[data-search-result-link]').first().waitFor();
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/results? for “parking”/);
    expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
  });
});

describe('search that forgives', () => {
  const searchFor = async (page: Page, query: string) => {
    await page.locator('[data-search-input]').fill(query);
    await page.waitForFunction(
      (q) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searched === q,
      query,
    );
  };
  const firstResult = (page: Page) =>
    page
      .locator('[data-search-result-link]')
      .first()
      .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);

  test('corrects a typo and says what it searched', async ({ site, page }) => {
    await site.goto('/en/search/');
    await searchFor(page, 'parkng');
    expect(await firstResult(page)).toBe('/en/cases/qianhai-smart-parking/');
    expect(await page.locator('[data-search-notice]').textContent()).toBe(
      'Showing results for “parking” instead of “parkng”.',
    );
  });

  test('searches fewer words when no page has them all, and says which', async ({ site, page }) => {
    await site.goto('/en/search/');
    await searchFor(page, 'parking submarine');
    expect(await firstResult(page)).toBe('/en/cases/qianhai-smart-parking/');
    expect(await page.locator('[data-search-notice]').textContent()).toBe(
      'No page has all of “parking submarine”; showing pages with “parking”.',
    );
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/results for “parking”$/);
  });

  test('finds the Venice case for 游客 无线网络 though it says Wi-Fi, and 空调 节能 though the case says 能耗', async ({
    site,
    page,
  }) => {
    await site.goto('/zh/search/');
    await searchFor(page, '游客 无线网络');
    expect(await firstResult(page)).toBe('/zh/cases/venice-wifi-paid-by-visitors/');
    await searchFor(page, '空调 节能');
    expect(await firstResult(page)).toBe('/zh/cases/nansha-air-conditioning-retrofit/');
    // The excerpt shows the page's own words, never the terms added for search.
    expect(await page.locator('[data-search-results] p').first().textContent()).not.toContain('⁝');
  });

  test('offers the same query in the other language when nothing is found', async ({ site, page }) => {
    await site.goto('/en/search/');
    await searchFor(page, '智慧港口');
    expect(await page.locator('[data-search-result-link]').count()).toBe(0);
    const offer = page.locator('[data-search-other-language]');
    expect(await offer.textContent()).toBe('Search the Chinese pages for “智慧港口”');
    await offer.click();
    await page.waitForURL(/\/zh\/search\/\?q=/);
    await page.locator('[data-search-result-link]').first().waitFor();
    expect(await firstResult(page)).toBe('/zh/cases/ningbo-smart-port-logistics/');
  });
});

describe('search while typing', () => {
  test('waits on a one-letter word until the next key or Enter', async ({ site, page }) => {
    // The page's timers on a clock the test moves: two seconds pass at once instead of being waited for.
    await page.clock.install();
    await site.goto('/en/search/');
    const input = page.locator('[data-search-input]');
    const status = page.locator('[data-search-status]');
    await input.focus();
    await page.keyboard.type('p');
    // Any search timer set for "p" has fired; a search puts its query in the address at once.
    await page.clock.fastForward(2000);
    expect(await page.evaluate(() => location.search)).toBe('');
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

describe('search in traditional characters', () => {
  // A reader in Hong Kong or Taiwan types traditional characters; the index is in simplified ones.
  test.for([
    { lang: 'zh', query: '開放數據', simplified: '开放数据', expect: '/zh/cases/open-data-portals/' },
    { lang: 'zh', query: '雲計算', simplified: '云计算', expect: '/zh/cases/busan-cloud-pay-as-you-go/' },
  ] as const)(
    '$lang: "$query" is searched as "$simplified", the notice says so, and the table comes only with such a query',
    async ({ lang, query, simplified, expect: expected }, { site, page }) => {
      const tables: string[] = [];
      page.on('request', (request) => {
        if (/\/search\/traditional\.[0-9a-f]+\.json$/.test(request.url())) tables.push(request.url());
      });
      await site.goto(`/${lang}/search/`);
      const input = page.locator('[data-search-input]');
      const root = page.locator('[data-search]');
      await input.fill('开放数据');
      await expect.poll(() => root.getAttribute('data-searched')).toBe('开放数据');
      expect(tables, 'no table for a simplified query').toEqual([]);
      await input.fill(query);
      await expect.poll(() => root.getAttribute('data-searched')).toBe(query);
      expect(tables).toHaveLength(1);
      const top = await topResultPaths(page);
      expect(top).toContain(expected);
      expect(await page.locator('[data-search-notice]').textContent()).toBe(
        `“${query}”含繁体字，已按简体“${simplified}”搜索。`,
      );
      expect(await page.locator('[data-search-status]').textContent()).toContain(simplified);
    },
  );
});

describe('traditional characters on the English page', () => {
  test('are searched in simplified characters, said so, and the Chinese pages are offered for them', async ({
    site,
    page,
  }) => {
    await site.goto('/en/search/');
    const input = page.locator('[data-search-input]');
    await input.fill('開放數據');
    await expect.poll(() => page.locator('[data-search]').getAttribute('data-searched')).toBe('開放數據');
    const notice = page.locator('[data-search-notice]');
    expect(await notice.textContent()).toContain(
      '“開放數據” has traditional characters; searched in simplified characters as “开放数据”.',
    );
    const other = notice.locator('[data-search-other-language]');
    await other.click();
    await page.waitForURL(/\/zh\/search\//);
    await searchDrawn(page);
    const hrefs = await topResultPaths(page);
    expect(hrefs).toContain('/zh/cases/open-data-portals/');
  });
});
