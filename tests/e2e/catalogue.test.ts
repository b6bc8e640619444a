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
    // The language switch still leads to the same page in the other language.
    await site.goto('/en/cases/?region=cn');
    expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe('/zh/cases/');
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
      '/zh/cases/tianjin-binhai-cloud-pay-as-you-go/',
    ]);
  });

  test('ignores a tampered selection instead of breaking', async ({ site, page }) => {
    await site.goto('/en/cases/?region=%3Cscript%3E&colour=red');
    expect((await visibleCases(page)).length).toBeGreaterThanOrEqual(48);
  });
});

const phone = { width: 390, height: 844 };

/** Elements inside a container that scroll on their own (an inner scroll box), as tag and class. */
const innerScrollBoxes = (page: Page, container: string) =>
  page.locator(container).evaluate((root) =>
    [...root.querySelectorAll('*')]
      .filter((e) => {
        const style = getComputedStyle(e);
        const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
        return scrolls && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );

/** The first listed case's heading, in the viewport and, when the filters' dialog is open, above it. */
const firstResultInView = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector('[data-case-list] > li:not([hidden]) h2')!.getBoundingClientRect();
    const dialog = document.querySelector<HTMLDialogElement>('[data-filters-dialog]')!;
    const bottom = dialog.open ? dialog.getBoundingClientRect().top : innerHeight;
    return first.top >= 0 && first.bottom <= bottom;
  });

describe('case catalogue on a phone', () => {
  test.override('contextOptions', { viewport: phone });

  test('opens the filters over the page, with the count and the first results in view as a box is ticked', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cases/');
    expect(await firstResultInView(page)).toBe(true);
    const count = page.locator('[data-result-count]');
    const before = await count.textContent();
    await page.getByRole('button', { name: 'Filters (0)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Filter the cases' });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.locator('input[name=characteristic][value=funding]').check();
    expect(await count.textContent()).not.toBe(before);
    expect(await count.isVisible()).toBe(true);
    expect(await firstResultInView(page)).toBe(true);
    // Every facet opened: still no box inside the filters that scrolls on its own.
    await dialog.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await innerScrollBoxes(page, '[data-filters-dialog]')).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Show the matching cases' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result-count'))).toBe(true);
    expect(await firstResultInView(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'Filters (1)' }).isVisible()).toBe(true);
  });
});

describe('case catalogue from the keyboard', () => {
  test('goes from a ticked box to the first result in two keys: Enter, then Tab', async ({ site, page }) => {
    await site.goto('/en/cases/');
    expect(await innerScrollBoxes(page, '[data-facet-form]')).toEqual([]);
    await page.locator('input[name=characteristic][value=funding]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const first = await visibleCases(page);
    expect(focused).toBe(first[0]);
    expect(new URL(page.url()).search).toBe('?characteristic=funding');
  });
});

describe('an empty result', () => {
  test('names each active filter in the page’s language, and removing one brings cases back', async ({
    site,
    page,
  }) => {
    // EU grants fund cases in Europe only, so with China nothing is left.
    await site.goto('/en/cases/?funding=eu-grant&region=cn');
    expect(await visibleCases(page)).toEqual([]);
    const notice = page.locator('[data-no-result]');
    expect(await notice.isVisible()).toBe(true);
    const buttons = notice.getByRole('button');
    expect(await buttons.evaluateAll((b) => b.map((button) => button.textContent))).toEqual([
      'Remove the filter Funding instrument: EU grant ×',
      'Remove the filter Region: China ×',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Remove the filter Region: China' }).click();
    expect(new URL(page.url()).search).toBe('?funding=eu-grant');
    expect((await visibleCases(page)).length).toBeGreaterThan(0);
    expect(await notice.isVisible()).toBe(false);
    expect(await page.locator('input[name=region][value=cn]').isChecked()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result-count'))).toBe(true);
  });

  test('names them in Chinese on the Chinese page', async ({ site, page }) => {
    await site.goto('/zh/cases/?funding=eu-grant&region=cn');
    expect(await page.locator('[data-no-result] button').last().textContent()).toBe('移除筛选条件：地区：中国 ×');
  });
});

describe('the language switch keeps the reader’s place', () => {
  test('on the catalogue: the filters, as they change, and the anchor', async ({ site, page }) => {
    await site.goto('/en/cases/?region=cn#results');
    await page.locator('input[name=characteristic][value=funding]').check();
    const zhPlace = '/zh/cases/?characteristic=funding&region=cn#results';
    expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe(zhPlace);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(site.url(zhPlace));
    expect(await page.locator('input[name=characteristic][value=funding]').isChecked()).toBe(true);
    expect(await page.locator('input[name=region][value=cn]').isChecked()).toBe(true);
    expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe(
      '/en/cases/?characteristic=funding&region=cn#results',
    );
  });

  test('on the search page: the query', async ({ site, page }) => {
    await site.goto('/en/search/?q=water');
    await expect
      .poll(() => page.locator('[data-lang-switch]').getAttribute('href'))
      .toMatch(/^\/zh\/search\/\?q=water\b/);
  });

  test('on the self-assessment: the answers in the link', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
    const { hash } = new URL(page.url());
    expect(hash).toMatch(/^#s=./);
    const href = await page.locator('[data-lang-switch]').getAttribute('href');
    expect(href).toBe(`/zh/self-assessment/${hash}`);
    // In a fresh browser, with nothing stored: the link alone carries the answers.
    const other = await site.openAnother();
    await other.goto(href!);
    expect(await other.page.locator('input[name="governance.basic.departmental"][value=yes]').isChecked()).toBe(true);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(site.url(href!));
  });

  test('on any page: a heading’s anchor', async ({ site, page }) => {
    await site.goto('/zh/findings/#table3');
    expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe('/en/findings/#table3');
    await page.evaluate(() => (location.hash = '#broadband'));
    await expect.poll(() => page.locator('[data-lang-switch]').getAttribute('href')).toBe('/en/findings/#broadband');
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
