import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { pageTypes } from './page-types';

const expectedLang = { zh: 'zh-CN', en: 'en' } as const;

describe.each(['zh', 'en'] as const)('%s pages', (lang) => {
  test.for(pageTypes)(
    `%s loads in ${lang} with no console error, no request to another host and no axe violation`,
    async (path, { site, page }) => {
      const response = await site.goto(`/${lang}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(expectedLang[lang]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  test.for(pageTypes)(
    `the language switch on ${lang}%s leads to the same page in the other language`,
    async (path, { site, page }) => {
      const other = lang === 'zh' ? 'en' : 'zh';
      await site.goto(`/${lang}${path}`);
      await page.locator('[data-lang-switch]').click();
      await page.waitForURL(site.url(`/${other}${path}`));
      expect(await page.getAttribute('html', 'lang')).toBe(expectedLang[other]);
    },
  );
});

describe('missing pages', () => {
  test.for(['/en/no-such-page/', '/zh/cases/no-such-case/', '/nowhere'])(
    '%s answers 404 with a page in both languages that leads home',
    async (path, { site, page }) => {
      // Chromium reports the page's own status on the console; that one error is expected, each time.
      site.expectConsoleError(/the server responded with a status of 404/);
      const response = await site.goto(path);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Page not found · 页面未找到');
      expect(await page.locator('section[lang="zh-CN"] a').first().getAttribute('href')).toBe('/zh/');
      await page.getByRole('link', { name: 'Cases', exact: true }).click();
      await page.waitForURL(site.url('/en/cases/'));
      await site.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});

describe('root page', () => {
  test('offers both languages and links to each home page', async ({ site, page }) => {
    await site.goto('/');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(site.url('/zh/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await site.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(site.url('/en/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await site.goto('/');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('Table 3 beside the site’s reading', () => {
  test('a Chinese city page shows the paper’s distribution for Chinese pilots', async ({ site, page }) => {
    await site.goto('/zh/cities/ningbo/');
    const governance = page.locator('[data-testid="city-levels"] tbody tr', { hasText: '治理' });
    expect(await governance.textContent()).toContain('一般 93%');
  });

  test('the findings page prints the official table and the site’s own counts', async ({ site, page }) => {
    await site.goto('/en/findings/');
    const official = page.locator('[data-testid="table3-official"] tbody tr', { hasText: 'Governance' }).first();
    expect(await official.textContent()).toContain('93%');
    expect(await page.locator('[data-testid="table3-site"] tbody tr').count()).toBe(16);
  });
});

describe('city page', () => {
  test('shows a level for every rated characteristic and the evidence behind it', async ({ site, page }) => {
    await site.goto('/en/cities/shanghai-pudong/');
    const rows = page.locator('[data-testid="city-levels"] tbody tr');
    expect(await rows.count()).toBe(9);
    await expect.poll(() => page.locator('.citation').count()).toBeGreaterThan(1);
    expect(await page.textContent('main')).toContain("this site's reading of the evidence in the 2014 white paper");
  });
});

describe('open data', () => {
  test('publishes every download the about page links, with computed levels and a JSON Schema', async ({
    site,
    page,
  }) => {
    await site.goto('/en/about/');
    const files = await page
      .locator('#open-data ~ ul a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(files.length).toBe(7);
    for (const url of files) expect((await page.request.get(url)).status()).toBe(200);
    const levels = await (await page.request.get(site.url('/data/levels.csv'))).text();
    expect(levels.split('\r\n')[0]).toBe(
      'city,characteristic,level,possible_level,criteria_met,criteria_not_met,criteria_without_evidence',
    );
    expect(levels).toContain('ningbo,governance,average,state-of-the-art,2,0,3');
    const schema = (await (await page.request.get(site.url('/data/assessment.schema.json'))).json()) as {
      title: string;
      oneOf: { properties: { kind: { const: string } }; required: string[] }[];
    };
    expect(schema.title).toBe('Assessment');
    const kinds = schema.oneOf.map((variant) => [variant.properties.kind.const, variant.required]);
    expect(kinds).toEqual([
      ['paper-reading', ['kind', 'city', 'asOf', 'criteria']],
      ['self-assessment', ['kind', 'assessedOn', 'criteria']],
    ]);
  });
});

describe('cities matrix', () => {
  test('filters by region and sorts by a characteristic, highest level first on the second press', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cities/');
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
  });
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('the city maps draw every city as a link to its page', async ({ site, page }) => {
    await site.goto('/zh/cities/');
    const links = page.locator('.city-map').first().locator('a');
    expect(await links.count()).toBe(41);
    expect(await links.first().getAttribute('href')).toMatch(/^\/zh\/cities\/[a-z-]+\/$/);
  });
});

describe('city ladder chart', () => {
  test('draws the proven and possible rungs of each characteristic from the evidence', async ({ site, page }) => {
    await site.goto('/en/cities/ningbo/');
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
  });
});

describe('print', () => {
  test('leaves navigation and filters off the printed city report and case catalogue', async ({ site, page }) => {
    await page.emulateMedia({ media: 'print' });
    await site.goto('/zh/cities/ningbo/');
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="ladder-chart"]').isVisible()).toBe(true);
    await site.goto('/en/cases/');
    expect(await page.locator('[data-facet-form]').isVisible()).toBe(false);
  });
});

describe('peers on a city page', () => {
  const order = ['not-yet-addressed', 'basic', 'average', 'more-advanced', 'state-of-the-art'];
  type Assessment = { city: string; levels: Record<string, { level: string }> };

  // Chengdu and Bristol (Basic in governance) have cities one rung up; Ningbo (Average in governance, with
  // no city More advanced; not yet addressed in funding, with no city at Basic) has none on either.
  test.for([
    { city: 'chengdu', peers: { governance: ['barcelona', 'ningbo'] } },
    { city: 'bristol', peers: { governance: ['barcelona', 'ningbo'] } },
    { city: 'ningbo', peers: {} },
  ])(
    'each characteristic of $city lists the cities exactly one rung up, or says there are none',
    async ({ city, peers: expectedPeers }, { site, page }) => {
      const { assessments } = (await (await page.request.get(site.url('/data/assessments.json'))).json()) as {
        assessments: Assessment[];
      };
      const rank = (id: string, characteristic: string) =>
        order.indexOf(assessments.find((a) => a.city === id)!.levels[characteristic].level);
      await site.goto(`/en/cities/${city}/`);
      const listed = await page.locator('[data-testid="peers"] li[data-characteristic]').evaluateAll((items) =>
        items.map((item) => ({
          characteristic: (item as HTMLElement).dataset.characteristic!,
          peers: [...item.querySelectorAll<HTMLElement>('[data-peer]')].map((p) => p.dataset.peer!),
          text: item.textContent,
        })),
      );
      expect(listed.length).toBeGreaterThan(0);
      for (const { characteristic, peers, text } of listed) {
        const oneRungUp = assessments
          .filter((a) => a.city !== city && rank(a.city, characteristic) === rank(city, characteristic) + 1)
          .map((a) => a.city);
        // Up to three of them are listed; with none, the page says so.
        expect(peers.length, characteristic).toBe(Math.min(3, oneRungUp.length));
        for (const peer of peers) expect(oneRungUp, characteristic).toContain(peer);
        if (oneRungUp.length === 0)
          expect(text, characteristic).toContain('No city’s evidence proves the next rung yet.');
      }
      const found = Object.fromEntries(
        listed.filter((l) => l.peers.length > 0).map((l) => [l.characteristic, [...l.peers].sort()]),
      );
      expect(found).toEqual(expectedPeers);
    },
  );
});
