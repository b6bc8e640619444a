import { describe, expect, it } from 'vitest';
import { baseURL, openWatchedPage, useBrowser } from './browser';

const browser = useBrowser();

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
  it.each(queries)('$lang: "$query" finds $expect', async ({ lang, query, expect: expected }) => {
    const { page, errors, offsiteRequests } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/${lang}/search/`);
    await page.locator('.pagefind-ui__search-input').fill(query);
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 10_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(expected);
    expect(hrefs.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
    expect(errors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
    await page.context().close();
  });
});

describe('search with a filter', () => {
  it.each([
    { lang: 'en', query: 'open data', filter: 'China', expect: '/en/cases/haidian-traffic-data-api/', excluded: '/en/cases/open-data-portals/' },
    { lang: 'zh', query: '数据', filter: '中国', expect: '/zh/cases/haidian-traffic-data-api/', excluded: '/zh/cases/open-data-portals/' },
  ] as const)('$lang: "$query" filtered to $filter', async ({ lang, query, filter, expect: expected, excluded }) => {
    const { page, errors } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/${lang}/search/`);
    await page.locator('.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const regionFilter = page.locator('.pagefind-ui__filter-block', { hasText: lang === 'zh' ? '地区' : 'Region' });
    const checkbox = regionFilter.getByLabel(new RegExp(`^${filter}`));
    await expect.poll(async () => {
      if (!(await checkbox.isVisible())) await regionFilter.locator('summary').click();
      return checkbox.isVisible();
    }).toBe(true);
    await checkbox.check();
    const results = () =>
      page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Pagefind renders results in steps; wait for the filtered list to settle.
    await expect
      .poll(async () => {
        const hrefs = await results();
        return hrefs.includes(expected) && !hrefs.includes(excluded) && hrefs.every((h) => h.startsWith(`/${lang}/`));
      }, { timeout: 10_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
