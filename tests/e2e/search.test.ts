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
