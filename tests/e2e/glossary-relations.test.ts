import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

// Issue #13: the paper's co-investment with telecom operators (ch5.4, box 9) is a form of PPP, so choosing
// funding = PPP with region = China finds it; the glossary says so in both languages and links the entries.
describe('glossary relations', () => {
  test('the catalogue lists Zhangzhou under funding = PPP and region = China', async ({ site, page }) => {
    await site.goto('/en/cases/?funding=ppp&region=cn');
    const visible = await page
      .locator('[data-case-list] > li:not([hidden]) h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(visible).toContain('/en/cases/zhangzhou-telecom-co-investment/');
  });

  test('a case page says through which of its own terms it is found', async ({ site, page }) => {
    await site.goto('/en/cases/chengdu-food-safety-traceability/');
    const subsidy = page.locator('dl.facts a[href="/en/cases/?funding=subsidy"]');
    expect(await subsidy.textContent()).toBe('Subsidy (through Government purchase of services, a form of it)');
    // Its own tag is still shown as its own.
    expect(
      await page.locator('dl.facts a[href="/en/cases/?business=government-purchase-of-services"]').textContent(),
    ).toBe('Government purchase of services');
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`the ${lang} glossary links a term to what it is a form of, and back`, async ({ site, page }) => {
      await site.goto(`/${lang}/glossary/`);
      const formOf = page.locator('#co-investment + dd li[data-relation="form-of"] a[href="#ppp"]');
      expect(await formOf.count()).toBe(1);
      await formOf.click();
      expect(new URL(page.url()).hash).toBe('#ppp');
      const forms = await page
        .locator('#ppp + dd a[href^="#"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(forms).toEqual(expect.arrayContaining(['#bt', '#bot', '#bto', '#co-investment']));
      expect(await page.locator(`#ppp + dd a[href="/${lang}/cases/zhangzhou-telecom-co-investment/"]`).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
