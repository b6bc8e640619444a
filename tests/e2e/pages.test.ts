import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { parseCsv } from '../../src/lib/csv';

const expectedLang = { zh: 'zh-CN', en: 'en' } as const;

describe.each(['zh', 'en'] as const)('%s pages', (lang) => {
  // Every page's switch links to the same page in the other language (tests/site/language-switch.test.ts checks
  // all of them in the built HTML); here it is clicked with its script running, on a content page and on pages
  // whose scripts keep state in the link.
  test.for(['/cases/open-data-portals/', '/cases/', '/search/', '/self-assessment/'])(
    `the language switch on ${lang}%s leads to the same page in the other language`,
    async (path, { site, page }) => {
      const other = lang === 'zh' ? 'en' : 'zh';
      await site.goto(`/${lang}${path}`);
      await page.locator('[data-lang-switch]').click();
      // The same page; a page that keeps its state in the link (the self-assessment) brings that along.
      await page.waitForURL((url) => url.pathname === `/${other}${path}`);
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

  test('the findings page sets each Table 3 row beside the site’s reading of exactly the cities it covers', async ({
    site,
    page,
  }) => {
    await site.goto('/en/findings/');
    const official = page.locator('[data-testid="table3-official"] tbody tr', { hasText: 'Governance' }).first();
    expect(await official.textContent()).toContain('93%');
    // Eight rated characteristics, two regions, a Table 3 row and the site's row for each.
    const comparison = page.locator('[data-testid="table3-site"] tbody tr');
    expect(await comparison.count()).toBe(32);
    expect(await page.locator('[data-testid="table3-site"] tbody tr[data-source="table3"]').count()).toBe(16);
    const governanceCn = page.locator('[data-testid="table3-site"] tbody tr[data-source="table3"]', {
      hasText: 'Governance',
    });
    expect(await governanceCn.first().textContent()).toContain('93%');
    // The covered cities are named: the fifteen Chinese pilots and footnote 16's ten EU pilots, not the others.
    const covered = page.locator('section[aria-labelledby="table3"] > ul li', {
      hasText: 'the 10 cities Table 3 covers',
    });
    expect(await covered.locator('a').count()).toBe(10);
    expect(await covered.locator('a[href="/en/cities/barcelona/"]').count()).toBe(1);
    expect(await covered.locator('a[href="/en/cities/amsterdam/"]').count()).toBe(0);
  });

  test('a covered city page says Table 3’s bounds for its group as what they are, cited', async ({ site, page }) => {
    await site.goto('/en/cities/korla/');
    const governance = page.locator('[data-testid="city-levels"] tbody tr', { hasText: 'Governance' });
    expect(await governance.locator('[data-table3-bound]').textContent()).toContain(
      'Basic to Average: Table 3, the Chinese pilots as a group',
    );
    expect(await governance.locator('[data-table3-bound] .citation').textContent()).toContain('Table 3');
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
    expect(files.length).toBe(12);
    for (const url of files) expect((await page.request.get(url)).status()).toBe(200);
    const [header, ...levels] = parseCsv(await (await page.request.get(site.url('/data/levels.csv'))).text()).map(
      (row) => row.join(','),
    );
    const columns = ['city', 'characteristic', 'level', 'possible_level', 'criteria_met', 'criteria_not_met'];
    const pick = (line: string) => {
      const cells = line.split(',');
      const names = header.split(',');
      return Object.fromEntries(
        [...columns, 'criteria_without_evidence', 'table3_floor', 'table3_ceiling'].map((c) => [
          c,
          cells[names.indexOf(c)],
        ]),
      );
    };
    // Ningbo's evidence proves Average in governance; Table 3 puts no Chinese pilot above Average.
    expect(levels.map(pick)).toContainEqual({
      city: 'ningbo',
      characteristic: 'governance',
      level: 'average',
      possible_level: 'average',
      criteria_met: '2',
      criteria_not_met: '0',
      criteria_without_evidence: '3',
      table3_floor: 'basic',
      table3_ceiling: 'average',
    });
    // No pair is "not yet addressed" while one of its criteria is met.
    for (const line of levels.filter(Boolean).map(pick)) {
      if (line.level === 'not-yet-addressed') expect(Number(line.criteria_met), line.city).toBe(0);
    }
    const nextSteps = (await (await page.request.get(site.url('/data/next-steps.json'))).json()) as {
      entries: { kind: string; criteria: unknown[] }[];
    };
    expect(nextSteps.entries.length).toBeGreaterThan(0);
    for (const entry of nextSteps.entries) expect(entry.criteria.length).toBeGreaterThan(0);
    const schema = (await (await page.request.get(site.url('/data/assessment.schema.json'))).json()) as {
      title: string;
      oneOf: { properties: { kind: { const: string } }; required: string[] }[];
    };
    expect(schema.title).toBe('Assessment');
    const kinds = schema.oneOf.map((variant) => [variant.properties.kind.const, variant.required]);
    expect(kinds).toEqual([
      ['paper-reading', ['kind', 'city', 'asOf', 'criteria']],
      ['self-assessment', ['kind', 'assessedOn', 'criteria']],
      ['city-report', ['kind', 'city', 'asOf', 'reporter', 'language', 'licence', 'criteria']],
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

  test.for([
    ['en', 'Ningbo'],
    ['zh', '宁波市'],
  ] as const)(
    'the %s home page leads to search, to a city and whom it learns from, and to the self-assessment',
    async ([lang, ningbo], { site, page }) => {
      await site.goto(`/${lang}/`);
      // Search: a plain form, sent to the search page as ?q=.
      await page.locator('#home-search-query').fill('parking');
      await page.locator('#home-search-query').press('Enter');
      await page.waitForURL(site.url(`/${lang}/search/?q=parking`));
      // Find your city: a list by region, each city with its page and its "learn next from".
      await site.goto(`/${lang}/`);
      const cities = page.locator('[data-home-cities]');
      await cities.locator('summary').click();
      const city = cities.locator('li[data-city=ningbo]');
      await city.getByRole('link', { name: ningbo, exact: true }).click();
      await page.waitForURL(site.url(`/${lang}/cities/ningbo/`));
      await site.goto(`/${lang}/`);
      await cities.locator('summary').click();
      await city.locator('a[href$="#next-steps"]').click();
      await page.waitForURL(site.url(`/${lang}/cities/ningbo/#next-steps`));
      expect(await page.locator('#next-steps').isVisible()).toBe(true);
      // The self-assessment.
      await site.goto(`/${lang}/`);
      await page.locator('[data-home-self]').click();
      await page.waitForURL(site.url(`/${lang}/self-assessment/`));
    },
  );

  test('the city maps draw every city as a link to its page, each on one map', async ({ site, page }) => {
    await site.goto('/zh/cities/');
    // The world map links the cities elsewhere; the maps of the EU and China link theirs.
    const hrefs = await page
      .locator('.city-map a[data-city]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(41);
    expect(new Set(hrefs).size).toBe(41);
    for (const href of hrefs) expect(href).toMatch(/^\/zh\/cities\/[a-z-]+\/$/);
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
    // Ningbo's evidence proves Average in governance; Table 3 puts no Chinese pilot above Average.
    expect(await states('governance')).toEqual(['proven', 'proven', 'open', 'open']);
    // No evidence of its own on stakeholders: Table 3's bounds for the Chinese pilots, Basic to Average.
    expect(await states('stakeholders')).toEqual(['proven', 'possible', 'open', 'open']);
    // A city Table 3 does not cover keeps unknown as unknown.
    await site.goto('/en/cities/seoul/');
    expect(await states('funding')).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    await site.goto('/en/cities/ningbo/');
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

describe('learn next from, on a city page', () => {
  const order = ['no-rung-proven', 'not-yet-addressed', 'basic', 'average', 'more-advanced', 'state-of-the-art'];
  const rankOf = (level: string) => Math.max(0, order.indexOf(level) - 1);
  type Assessment = { city: string; levels: Record<string, { level: string }> };

  test.for(['en', 'zh'] as const)(
    'Pudong’s page (%s) names whom to learn from, with criterion, evidence, citation and case',
    async (lang, { site, page }) => {
      const { assessments } = (await (await page.request.get(site.url('/data/assessments.json'))).json()) as {
        assessments: Assessment[];
      };
      const levelOf = (id: string, characteristic: string) =>
        assessments.find((a) => a.city === id)!.levels[characteristic].level;
      await site.goto(`/${lang}/cities/shanghai-pudong/`);
      const steps = page.locator('[data-testid="next-steps"] li[data-characteristic]');
      expect(await steps.count()).toBeGreaterThan(0);
      const lessons = page.locator('[data-testid="next-steps"] li[data-peer]');
      expect(await lessons.count()).toBeGreaterThan(2);
      for (const lesson of await lessons.all()) {
        // Every entry shows at least one criterion with the paper's evidence and its citation.
        const proof = lesson.locator('[data-criterion]').first();
        expect((await proof.locator('strong').textContent())?.length).toBeGreaterThan(5);
        expect(await proof.locator('.citation').textContent()).toMatch(/Chapter|Box|Table|Annex|章|专栏|表|附件/);
      }
      // A city offered as proven one rung up is exactly one rung above Pudong on that characteristic.
      for (const step of await steps.all()) {
        const characteristic = (await step.getAttribute('data-characteristic'))!;
        for (const teacher of await step.locator('li[data-kind="a"]').all()) {
          const id = (await teacher.getAttribute('data-peer'))!;
          expect(rankOf(levelOf(id, characteristic)), `${id} on ${characteristic}`).toBe(
            rankOf(levelOf('shanghai-pudong', characteristic)) + 1,
          );
        }
      }
      // The cases that show it link to their pages.
      expect(await page.locator('[data-testid="next-steps"] a[href^="/' + lang + '/cases/"]').count()).toBeGreaterThan(
        0,
      );
    },
  );
});
