/**
 * Compare (issue 21, points 1 and 4), in Chromium, in both languages, at a phone's width and a laptop's: two cities
 * and four (one of them a self-assessment saved in this browser, made here from TEST answers) show the chart, the
 * levels table and the learn-from lines; the link reproduces the comparison in the other language; the choice made in
 * the form goes into the link; a bad link or a failed file gives a readable message and keeps the rest; without
 * JavaScript the page explains itself and links every city; printed on A4 it names the cities and the date; every
 * city page links to compare it with its most similar cities. Console and request gates are the fixture's.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n';
import { shardOf } from '../../src/lib/compare';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { check } from './settled';

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const two = ['barcelona', 'shanghai-pudong'];
const four = ['self', 'barcelona', 'ningbo', 'shanghai-pudong'];

/** Saves a self-assessment in this browser, as a reader would: TEST answers on the self-assessment page. */
async function saveSelfAssessment(page: Page, goto: (path: string) => Promise<unknown>, lang: string) {
  await goto(`/${lang}/self-assessment/`);
  await check(page.locator('input[name="strategy.basic.vision-linked"][value=yes]'));
  await check(page.locator('input[name="strategy.basic.ict-strategy"][value=yes]'));
  await check(page.locator('input[name="governance.basic.departmental"][value=no]'));
  await expect.poll(() => page.locator('[data-level-for=strategy]').textContent()).toMatch(/^(Basic|基本)/);
}

/** The compared cities, as the levels table's column heads name them. */
const columns = (page: Page) => page.locator('[data-compare-levels] thead th[scope=col] a').allTextContents();
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
const chartWidth = (page: Page) => page.locator('[data-compare-chart] svg').evaluate((svg) => svg.clientWidth);

/** At a phone's width and then a laptop's: no sideways scrolling, and the chart redrawn to fill its box. */
async function widthsHold(page: Page) {
  for (const viewport of widths) {
    await page.setViewportSize(viewport);
    const box = await page.locator('[data-compare-chart]').evaluate((el) => el.clientWidth);
    await expect.poll(() => chartWidth(page), { message: `the chart at ${viewport.width} px` }).toBe(box);
    expect(await sideways(page), `at ${viewport.width} px`).toBe(0);
  }
}

describe.each(['zh', 'en'] as const)('compare in %s', (lang) => {
  test.override('contextOptions', { viewport: widths[0] });

  test('two cities: chart, levels table and learn-from lines, and the same in the other language', async ({
    site,
    page,
  }) => {
    await site.goto(`/${lang}/compare/?cities=${two.join(',')}`);
    const output = page.locator('[data-compare-output]');
    await output.waitFor();
    expect(await columns(page)).toEqual(
      lang === 'en' ? ['Barcelona', 'Shanghai Pudong New Area'] : ['巴塞罗那', '上海市浦东新区'],
    );
    expect(await page.locator('[data-compare-chart] svg[role=img] title').first().textContent()).toContain(
      lang === 'en' ? 'Barcelona' : '巴塞罗那',
    );
    expect(await page.locator('[data-compare-legend] li').count()).toBe(2);
    // One mark per city and rated characteristic.
    expect(await page.locator('[data-compare-chart] .compare-chart__mark').count()).toBe(2 * 8);
    expect(await page.locator('[data-compare-levels] tbody tr').count()).toBe(8);
    // Pudong learns governance from Barcelona, proven one rung up: a chosen city teaching a chosen city.
    const pudong = page.locator('[data-learner="shanghai-pudong"]');
    expect(await pudong.locator('li[data-characteristic] [data-peer]').count()).toBeGreaterThan(0);
    const teachers = await page
      .locator('[data-compare-learn] [data-peer]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-peer')));
    expect(teachers.filter((id) => !two.includes(id!))).toEqual([]);
    expect(await page.locator('[data-compare-criteria] [data-status=no-evidence]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-compare-reading]').textContent()).toBe(t(lang, 'readings.whichPaper'));
    // At both widths, the page never scrolls sideways and the chart is drawn for the width it has.
    await widthsHold(page);

    // The language switch keeps the choice: the other language compares the same cities.
    await page.locator('[data-lang-switch]').click();
    const other = lang === 'en' ? 'zh' : 'en';
    await page.waitForURL(site.url(`/${other}/compare/?cities=${two.join(',')}`));
    await page.locator('[data-compare-output]').waitFor();
    expect(await columns(page)).toEqual(
      other === 'en' ? ['Barcelona', 'Shanghai Pudong New Area'] : ['巴塞罗那', '上海市浦东新区'],
    );
  });

  test('four cities, one of them the self-assessment saved in this browser', async ({ site, page }) => {
    await saveSelfAssessment(page, (path) => site.goto(path), lang);
    await site.goto(`/${lang}/compare/?cities=${four.join(',')}`);
    await page.locator('[data-compare-output]').waitFor();
    const heads = await columns(page);
    expect(heads).toHaveLength(4);
    expect(heads[0]).toBe(t(lang, 'compare.self'));
    expect(await page.locator('select[data-slot="1"]').inputValue()).toBe('self');
    // The self-assessment's answers are its reading: strategy at Basic, governance's Basic criterion not met.
    expect(
      await page.locator('[data-compare-levels] tr[data-characteristic=strategy] td').first().textContent(),
    ).toMatch(/^(Basic|基本)/);
    const governance = page.locator('[data-compare-criteria] tr[data-criterion="governance.basic.departmental"] td');
    expect(await governance.first().getAttribute('data-status')).toBe('not-met');
    expect(await page.locator('[data-compare-legend] li').count()).toBe(4);
    expect(await page.locator('[data-compare-chart] .compare-chart__mark').count()).toBe(4 * 8);
    const self = page.locator('[data-learner="self"]');
    expect(await self.locator('[data-peer]').count()).toBeGreaterThan(0);
    const teachers = await page
      .locator('[data-compare-learn] [data-peer]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-peer')));
    expect(teachers.filter((id) => !four.includes(id!))).toEqual([]);
    await widthsHold(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The other language, in the same browser, compares the same four, the saved self-assessment among them.
    await page.locator('[data-lang-switch]').click();
    const other = lang === 'en' ? 'zh' : 'en';
    await page.waitForURL(site.url(`/${other}/compare/?cities=${four.join(',')}`));
    await page.locator('[data-compare-output]').waitFor();
    expect((await columns(page))[0]).toBe(t(other, 'compare.self'));
    expect(await columns(page)).toHaveLength(4);
  });

  test('the self-assessment leads to compare with its answers chosen', async ({ site, page }) => {
    await saveSelfAssessment(page, (path) => site.goto(path), lang);
    await page.locator('[data-self-compare] a').click();
    await page.waitForURL(site.url(`/${lang}/compare/?cities=self`));
    expect(await page.locator('select[data-slot="1"]').inputValue()).toBe('self');
    await expect.poll(() => page.locator('[data-message]').textContent()).toBe(t(lang, 'compare.chooseMore'));
    await page.locator('select[data-slot="2"]').selectOption('ningbo');
    await page.locator('[data-compare-output]').waitFor();
    expect(await columns(page)).toEqual([t(lang, 'compare.self'), lang === 'en' ? 'Ningbo' : '宁波市']);
  });

  test('the choice made in the form goes into the link', async ({ site, page }) => {
    await site.goto(`/${lang}/compare/`);
    const message = page.locator('[data-message]');
    await expect.poll(() => message.textContent()).toBe(t(lang, 'compare.chooseMore'));
    expect(await page.locator('[data-compare-output]').isVisible()).toBe(false);
    await page.locator('select[data-slot="1"]').selectOption('ningbo');
    await page.locator('select[data-slot="2"]').selectOption('copenhagen');
    await page.locator('[data-compare-output]').waitFor();
    expect(new URL(page.url()).search).toBe('?cities=ningbo,copenhagen');
    expect(await message.isVisible()).toBe(false);
    await page.locator('select[data-slot="3"]').selectOption('bristol');
    await expect.poll(() => columns(page).then((c) => c.length)).toBe(3);
    expect(new URL(page.url()).search).toBe('?cities=ningbo,copenhagen,bristol');
    expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe(
      `/${lang === 'en' ? 'zh' : 'en'}/compare/?cities=ningbo,copenhagen,bristol`,
    );
  });

  test('a link naming unknown cities, or a self-assessment not saved here, says so and keeps the rest', async ({
    site,
    page,
  }) => {
    await site.goto(`/${lang}/compare/?cities=barcelona,atlantis,self,ningbo`);
    await page.locator('[data-compare-output]').waitFor();
    const message = (await page.locator('[data-message]').textContent()) ?? '';
    expect(message).toContain(t(lang, 'compare.unknownCities', { list: 'atlantis' }));
    expect(message).toContain(t(lang, 'compare.selfMissing'));
    expect(await columns(page)).toHaveLength(2);
  });

  test("a city's file that fails to load is named, the others are still compared, and the next change retries", async ({
    site,
    page,
  }) => {
    let failing = true;
    // The browser reports the failed file on its console; the page says so in words.
    site.expectConsoleError(/status of 503/);
    // Ningbo's file fails; the other cities are chosen from other files (the built site's number of them).
    const shards = readdirSync('dist/en/compare').filter((f) => /^cities-\d+\.json$/.test(f)).length;
    const failed = shardOf('ningbo', shards);
    const [a, b, c] = ['barcelona', 'copenhagen', 'bristol', 'amsterdam', 'helsinki', 'seoul', 'riga', 'lyon'].filter(
      (id) => shardOf(id, shards) !== failed,
    );
    await page.route(`**/compare/cities-${failed}.json`, (route) =>
      failing ? route.fulfill({ status: 503, body: 'test: unavailable' }) : route.fallback(),
    );
    await site.goto(`/${lang}/compare/?cities=${a},ningbo,${b}`);
    const message = page.locator('[data-message]');
    await expect.poll(() => message.textContent()).toContain('503');
    expect(await message.textContent()).toContain(lang === 'en' ? 'Ningbo' : '宁波市');
    await expect.poll(() => columns(page).then((cols) => cols.length)).toBe(2);
    expect(await page.locator('select[data-slot="2"]').inputValue()).toBe('ningbo');
    failing = false;
    await page.locator('select[data-slot="4"]').selectOption(c);
    await expect.poll(() => columns(page).then((cols) => cols.length)).toBe(4);
    expect(await message.isVisible()).toBe(false);
  });

  test('prints on A4 with the cities named and the date, the criteria open and the form left off', async ({
    site,
    page,
  }) => {
    await site.goto(`/${lang}/compare/?cities=${two.join(',')}`);
    await page.locator('[data-compare-output]').waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const title = page.locator('[data-print-title]');
    expect(await title.isVisible()).toBe(true);
    const printed = (await title.textContent()) ?? '';
    expect(printed).toContain(lang === 'en' ? 'Barcelona, Shanghai Pudong New Area' : '巴塞罗那、上海市浦东新区');
    expect(printed).toContain(String(new Date().getFullYear()));
    expect(await page.locator('[data-compare-form]').isVisible()).toBe(false);
    expect(await page.locator('details.compare-criteria:not([open])').count()).toBe(0);
    // At A4's printable width (210 mm less the 12 mm margins: 703 CSS px), nothing printed runs off its side.
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await sideways(page)).toBe(0);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThan(0);
  });

  test('a city page links to compare it with its most similar cities', async ({ site, page }) => {
    await site.goto(`/${lang}/cities/shanghai-pudong/`);
    const link = page.locator('[data-glance=compare] a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/${lang}/compare/\\?cities=shanghai-pudong(,[a-z-]+){3}$`));
    await link.click();
    await page.locator('[data-compare-output]').waitFor();
    expect(await columns(page)).toHaveLength(4);
    expect((await columns(page))[0]).toBe(lang === 'en' ? 'Shanghai Pudong New Area' : '上海市浦东新区');
  });
});

describe('compare without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });
  test.for(['zh', 'en'] as const)('(%s) explains itself and links every city', async (lang, { site, page }) => {
    await site.goto(`/${lang}/compare/?cities=${two.join(',')}`);
    expect(await page.locator('p.notice', { hasText: t(lang, 'compare.noscript') }).isVisible()).toBe(true);
    expect(await page.locator('[data-compare-form]').isVisible()).toBe(false);
    const links = page.locator('.compare-every-city a');
    expect(await links.count()).toBeGreaterThan(30);
    expect(await links.first().getAttribute('href')).toMatch(new RegExp(`^/${lang}/cities/[a-z-]+/$`));
  });
});
