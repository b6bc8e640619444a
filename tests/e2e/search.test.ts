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
  // Drives Pagefind's own search API on the search page (the index the page's language selects),
  // with the region filter the case pages carry; the UI tests above cover typing a query.
  it.each([
    { lang: 'en', query: 'open data', filter: 'Region', value: 'China', expect: '/en/cases/haidian-traffic-data-api/', excluded: '/en/cases/open-data-portals/' },
    { lang: 'zh', query: '数据', filter: '地区', value: '中国', expect: '/zh/cases/haidian-traffic-data-api/', excluded: '/zh/cases/open-data-portals/' },
  ] as const)('$lang: "$query" filtered to $value', async ({ lang, query, filter, value, expect: expected, excluded }) => {
    const { page, errors } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/${lang}/search/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const search = (filters: Record<string, string>): Promise<string[]> =>
      page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const response = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
        const data = await Promise.all(response.results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname);
      })()`);
    const unfiltered = await search({});
    expect(unfiltered).toContain(excluded);
    const filtered = await search({ [filter]: value });
    expect(filtered).toContain(expected);
    expect(filtered).not.toContain(excluded);
    expect(filtered.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
