import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './axe';
import { baseURL, openWatchedPage, useBrowser } from './browser';
import { pageTypes } from './page-types';

const browser = useBrowser();

const expectedLang = { zh: 'zh-CN', en: 'en' } as const;

describe.each(['zh', 'en'] as const)('%s pages', (lang) => {
  it.each(pageTypes)(
    `%s loads in ${lang} with no console error, no request to another host and no axe violation`,
    async (path) => {
      const { page, errors, offsiteRequests } = await openWatchedPage(browser());
      const response = await page.goto(`${baseURL()}/${lang}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(expectedLang[lang]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(errors).toEqual([]);
      expect(offsiteRequests).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(pageTypes)(`the language switch on ${lang}%s leads to the same page in the other language`, async (path) => {
    const other = lang === 'zh' ? 'en' : 'zh';
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/${lang}${path}`);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`${baseURL()}/${other}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe(expectedLang[other]);
    await page.context().close();
  });
});

describe('missing pages', () => {
  it.each(['/en/no-such-page/', '/zh/cases/no-such-case/', '/nowhere'])(
    '%s answers 404 with a page in both languages that leads home',
    async (path) => {
      const { page, errors, offsiteRequests } = await openWatchedPage(browser());
      const response = await page.goto(`${baseURL()}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found · 页面未找到');
      expect(await page.locator('section[lang="zh-CN"] a').first().getAttribute('href')).toBe('/zh/');
      await page.getByRole('link', { name: 'Cases', exact: true }).click();
      await page.waitForURL(`${baseURL()}/en/cases/`);
      await page.goto(`${baseURL()}${path}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      expect(offsiteRequests).toEqual([]);
      await page.context().close();
    },
  );
});

describe('root page', () => {
  it('offers both languages and links to each home page', async () => {
    const { page, errors, offsiteRequests } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/`);
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseURL()}/zh/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(`${baseURL()}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseURL()}/en/`);
    await page.goto(`${baseURL()}/`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
    await page.context().close();
  });
});

describe('Table 3 beside the site’s reading', () => {
  it('a Chinese city page shows the paper’s distribution for Chinese pilots', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/zh/cities/ningbo/`);
    const governance = page.locator('[data-testid="city-levels"] tbody tr', { hasText: '治理' });
    expect(await governance.textContent()).toContain('一般 93%');
    await page.context().close();
  });

  it('the findings page prints the official table and the site’s own counts', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/findings/`);
    const official = page.locator('[data-testid="table3-official"] tbody tr', { hasText: 'Governance' }).first();
    expect(await official.textContent()).toContain('93%');
    expect(await page.locator('[data-testid="table3-site"] tbody tr').count()).toBe(16);
    await page.context().close();
  });
});

describe('city page', () => {
  it('shows a level for every rated characteristic and the evidence behind it', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/cities/shanghai-pudong/`);
    const rows = page.locator('[data-testid="city-levels"] tbody tr');
    expect(await rows.count()).toBe(9);
    await expect.poll(() => page.locator('.citation').count()).toBeGreaterThan(1);
    expect(await page.textContent('main')).toContain("this site's reading of the evidence in the 2014 white paper");
    await page.context().close();
  });
});

describe('open data', () => {
  it('publishes every download the about page links, with computed levels and a JSON Schema', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/about/`);
    const files = await page
      .locator('#open-data ~ ul a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(files.length).toBe(7);
    for (const url of files) expect((await page.request.get(url)).status()).toBe(200);
    const levels = await (await page.request.get(`${baseURL()}/data/levels.csv`)).text();
    expect(levels.split('\r\n')[0]).toBe(
      'city,characteristic,level,possible_level,criteria_met,criteria_not_met,criteria_without_evidence',
    );
    expect(levels).toContain('ningbo,governance,average,state-of-the-art,2,0,3');
    const schema = await (await page.request.get(`${baseURL()}/data/assessment.schema.json`)).json();
    expect(schema.title).toBe('Assessment');
    const kinds = schema.oneOf.map((variant: { properties: { kind: { const: string } }; required: string[] }) => [
      variant.properties.kind.const,
      variant.required,
    ]);
    expect(kinds).toEqual([
      ['paper-reading', ['kind', 'city', 'asOf', 'criteria']],
      ['self-assessment', ['kind', 'assessedOn', 'criteria']],
    ]);
    await page.context().close();
  });
});

describe('cities matrix', () => {
  it('filters by region and sorts by a characteristic, highest level first on the second press', async () => {
    const { page, errors } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/cities/`);
    const rows = page.locator('[data-matrix] tbody tr:not([hidden])');
    expect(await rows.count()).toBe(41);
    await page.locator('[data-region-filter]').selectOption('cn');
    expect(await rows.count()).toBe(16);
    const valueHeader = page.locator('[data-matrix] thead th', { hasText: 'Value assessment' });
    await valueHeader.locator('button').click();
    await valueHeader.locator('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    const top = await rows.first().locator('th a').textContent();
    expect([
      'Shanghai Pudong New Area',
      'Yangzhou',
      'Yantai',
      'Shenzhen Qianhai Shenzhen–Hong Kong Modern Service Industry Cooperation Zone',
    ]).toContain(top?.trim());
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('city maps', () => {
  it('draw every city as a link to its page, without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/cities/`);
    const links = page.locator('.city-map').first().locator('a');
    expect(await links.count()).toBe(41);
    expect(await links.first().getAttribute('href')).toMatch(/^\/zh\/cities\/[a-z-]+\/$/);
    await context.close();
  });
});

describe('city ladder chart', () => {
  it('draws the proven and possible rungs of each characteristic from the evidence', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/cities/ningbo/`);
    const chart = page.locator('[data-testid="ladder-chart"]');
    expect(await chart.locator('g[data-characteristic]').count()).toBe(8);
    const states = (id: string) =>
      chart
        .locator(`g[data-characteristic="${id}"] rect`)
        .evaluateAll((r) => r.map((x) => x.getAttribute('data-state')));
    expect(await states('governance')).toEqual(['proven', 'proven', 'possible', 'possible']);
    expect(await states('stakeholders')).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    // The evidence behind the Average rung of governance is on the page with its citation.
    const governance = page.locator('section#governance');
    expect(await governance.textContent()).toContain('five coordination groups');
    expect((await governance.locator('.citation').allTextContents()).some((c) => c.includes('Box 6'))).toBe(true);
    await page.context().close();
  });
});

describe('print', () => {
  it('leaves navigation and filters off the printed city report and case catalogue', async () => {
    const { page } = await openWatchedPage(browser());
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseURL()}/zh/cities/ningbo/`);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="ladder-chart"]').isVisible()).toBe(true);
    await page.goto(`${baseURL()}/en/cases/`);
    expect(await page.locator('[data-facet-form]').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('peers on a city page', () => {
  it.each(['chengdu', 'amsterdam', 'ningbo'])(
    'each peer of %s is exactly one rung up on the characteristic it is listed for',
    async (cityId) => {
      const { page } = await openWatchedPage(browser());
      const { assessments } = await (await page.request.get(`${baseURL()}/data/assessments.json`)).json();
      const order = ['not-yet-addressed', 'basic', 'average', 'more-advanced', 'state-of-the-art'];
      const rank = (city: string, characteristic: string) =>
        order.indexOf(assessments.find((a: { city: string }) => a.city === city).levels[characteristic].level);
      await page.goto(`${baseURL()}/en/cities/${cityId}/`);
      const listed = await page
        .locator('[data-testid="peers"] li[data-characteristic]')
        .evaluateAll((items) =>
          items.flatMap((item) =>
            [...item.querySelectorAll('[data-peer]')].map((p) => ({
              characteristic: (item as HTMLElement).dataset.characteristic!,
              peer: (p as HTMLElement).dataset.peer!,
            })),
          ),
        );
      if (cityId === 'chengdu') expect(listed).toContainEqual({ characteristic: 'governance', peer: 'ningbo' });
      for (const { characteristic, peer } of listed) {
        expect(peer).not.toBe(cityId);
        expect(rank(peer, characteristic)).toBe(rank(cityId, characteristic) + 1);
      }
      await page.context().close();
    },
  );
});
