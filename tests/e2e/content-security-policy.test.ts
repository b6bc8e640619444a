import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseURL, openWatchedPage, useBrowser } from './browser';

const browser = useBrowser();
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

describe('Content-Security-Policy', () => {
  it('every built page carries one, with no inline script allowed except by hash', () => {
    expect(pages.length).toBeGreaterThan(100);
    const weak = pages.filter((page) => {
      const policy = policyOf(readFileSync(join('dist', page), 'utf8'));
      const scriptSrc = policy?.split('; ').find((d) => d.startsWith('script-src'));
      return (
        !scriptSrc ||
        scriptSrc.includes("'unsafe-inline'") ||
        scriptSrc.includes("'unsafe-eval'") ||
        !policy!.includes("object-src 'none'")
      );
    });
    expect(weak).toEqual([]);
  });

  it('is enforced: a script injected into a page is refused', async () => {
    const { page } = await openWatchedPage(browser());
    await page.goto(`${baseURL()}/en/cases/`);
    await expect(page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.context().close();
  });

  it.each(['en', 'zh'])(
    'lets the %s search, the catalogue and the self-assessment run, with no violation reported',
    async (lang) => {
      const { page, errors } = await openWatchedPage(browser());
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      await page.goto(`${baseURL()}/${lang}/search/`);
      await page.locator('[data-search-input]').fill(lang === 'en' ? 'open data' : '开放数据');
      await page.locator('[data-search-result-link]').first().waitFor();
      await page.goto(`${baseURL()}/${lang}/cases/?characteristic=funding`);
      await page.goto(`${baseURL()}/${lang}/self-assessment/`);
      await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
      await expect
        .poll(() => page.locator('[data-level-for="governance"]').textContent())
        .not.toMatch(/^(Not assessed|无法评估)$/);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
