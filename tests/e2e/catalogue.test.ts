import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

const visibleCases = (page: Page) =>
  page
    .locator('[data-case-list] > li:not([hidden]) h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('case catalogue without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('lists every case and hides the filters', async ({ site, page }) => {
    await site.goto('/en/cases/');
    const all = await page.locator('[data-case-list] > li').count();
    expect(all).toBeGreaterThanOrEqual(48);
    expect(await page.locator('[data-facet-form]').isHidden()).toBe(true);
  });
});

describe('case catalogue', () => {
  test('narrows the list with facets, shows counts, and keeps the selection in the URL', async ({ site, page }) => {
    await site.goto('/en/cases/');
    const total = (await visibleCases(page)).length;
    const funding = page.locator('input[name=characteristic][value=funding]');
    const fundingCount = Number(
      (await funding.locator('xpath=..').locator('[data-count]').textContent())!.replace(/\D/g, ''),
    );
    await funding.check();
    await expect.poll(() => visibleCases(page).then((v) => v.length)).toBe(fundingCount);
    expect(fundingCount).toBeLessThan(total);
    expect(new URL(page.url()).search).toBe('?characteristic=funding');
    // The form's button takes a keyboard user to the results, without leaving the page.
    await page.getByRole('button', { name: 'Show the matching cases' }).click();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result-count'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?characteristic=funding');

    await page
      .locator('details', { has: page.locator('input[name=region]') })
      .locator('summary')
      .click();
    await page.locator('input[name=region][value=cn]').check();
    expect(new URL(page.url()).search).toBe('?characteristic=funding&region=cn');
    const narrowed = await visibleCases(page);
    expect(narrowed).toContain('/en/cases/pudong-three-year-action-plan-funding/');
    expect(narrowed).not.toContain('/en/cases/amsterdam-smart-city-ppp-fund/');
    expect(await page.textContent('[data-result-count]')).toBe(`Showing ${narrowed.length} of ${total} cases`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('restores a shared selection from the URL, in Chinese too', async ({ site, page }) => {
    await site.goto('/zh/cases/?business=government-purchase-of-services');
    expect(await page.locator('input[name=business][value=government-purchase-of-services]').isChecked()).toBe(true);
    expect((await visibleCases(page)).sort()).toEqual([
      '/zh/cases/chengdu-food-safety-traceability/',
      '/zh/cases/pudong-free-wireless/',
    ]);
  });

  test('ignores a tampered selection instead of breaking', async ({ site, page }) => {
    await site.goto('/en/cases/?region=%3Cscript%3E&colour=red');
    expect((await visibleCases(page)).length).toBeGreaterThanOrEqual(48);
  });
});

describe('case page', () => {
  test('links its taxonomy into the filtered catalogue and lists related cases from the other region first', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cases/pudong-smart-city-kpis/');
    expect(await page.locator('a[href="/en/cases/?characteristic=strategy"]').count()).toBe(1);
    const related = await page.locator('#related ~ ul li').allTextContents();
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]).not.toContain('China');
  });
});
