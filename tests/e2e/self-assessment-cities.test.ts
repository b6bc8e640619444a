/**
 * The self-assessment's cities (every city as a teacher, peer and partner) are a file of their own, fetched the
 * first time the answers are compared with the cities, not written into the page: a first visit stays light.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { check } from './settled';

const citiesFile = /\/self-assessment\/cities\.(en|zh)\.[0-9a-f]{10}\.json$/;
const citiesRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (citiesFile.test(new URL(request.url()).pathname)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
};

describe('the self-assessment fetches the cities when first needed', () => {
  // What a first visit fetches: each test in a browser context of its own, with nothing kept from another.
  test.override('isolated', true);
  test('a first visit fetches no city evidence; the first answer fetches it once, in the page language', async ({
    site,
    page,
  }) => {
    const seen = citiesRequests(page);
    const response = await site.goto('/zh/self-assessment/');
    const html = (await response?.text()) ?? '';
    // Ningbo's evidence and profile are not in the page itself.
    expect(html).not.toContain('"ningbo"');
    expect(html).toMatch(/\/self-assessment\/cities\.zh\.[0-9a-f]{10}\.json/);
    await expect.poll(() => page.locator('[data-level-for=governance]').textContent()).toBe('无法评估');
    expect(seen).toEqual([]);
    await check(page.locator('input[name="governance.basic.departmental"][value=yes]'));
    const teachers = page.locator('[data-next-steps] li[data-characteristic=governance] li[data-peer]');
    await expect.poll(() => teachers.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-next-steps] li[data-peer=ningbo] a').first().textContent()).toBe('宁波市');
    await check(page.locator('input[name="strategy.basic.vision-linked"][value=yes]'));
    await expect.poll(() => page.locator('[data-next-steps] li[data-characteristic=strategy]').count()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/cities\.zh\./);
  });

  test('answers in the link are compared with the cities on arrival', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await check(page.locator('input[name="governance.basic.departmental"][value=yes]'));
    await expect.poll(() => page.url()).toContain('#s=');
    const fresh = await site.openAnother();
    const seen = citiesRequests(fresh.page);
    await fresh.page.goto(page.url());
    await expect
      .poll(() => fresh.page.locator('[data-next-steps] li[data-characteristic=governance] li[data-peer]').count())
      .toBeGreaterThan(0);
    expect(seen).toHaveLength(1);
  });

  test('without the cities file, levels still work, the report says what is missing and the answers stay', async ({
    site,
    page,
  }) => {
    site.expectConsoleError(/Failed to load resource/);
    await page.route(citiesFile, (route) => route.fulfill({ status: 503, body: 'test: unavailable' }));
    await site.goto('/en/self-assessment/');
    await check(page.locator('input[name="governance.basic.departmental"][value=yes]'));
    await expect.poll(() => page.locator('[data-next-steps]').textContent()).toContain('could not be loaded (503');
    expect(await page.locator('[data-balance]').textContent()).toContain('Your answers and levels are kept');
    expect(await page.locator('[data-level-for=governance]').textContent()).toBe('Basic, possibly State-of-the-art');
    expect(page.url()).toContain('#s=');
    // The next answer tries again, and succeeds once the file is back.
    await page.unroute(citiesFile);
    await check(page.locator('input[name="governance.average.cross-departmental"][value=yes]'));
    await expect
      .poll(() => page.locator('[data-next-steps] li[data-characteristic=governance] li[data-peer]').count())
      .toBeGreaterThan(0);
  });
});
