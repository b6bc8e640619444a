import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test } from './fixtures';

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

describe('Content-Security-Policy', () => {
  // exposeFunction and addInitScript stay on a page: these tests get pages of their own.
  test.override('isolated', true);
  test('every built page carries one, with no inline script allowed except by hash', () => {
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

  test('is enforced: a script injected into a page is refused', async ({ site, page }) => {
    // The browser reports the refusal on the console: that error is the point of the test.
    site.expectConsoleError(
      /^Executing inline script violates the following Content Security Policy directive 'script-src /,
    );
    await site.goto('/en/cases/');
    await expect(page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow(/Content Security Policy/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });

  test.for(['en', 'zh'])(
    'lets the %s search, the catalogue and the self-assessment run, with no violation reported',
    async (lang, { site, page }) => {
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      await site.goto(`/${lang}/search/`);
      await page.locator('[data-search-input]').fill(lang === 'en' ? 'open data' : '开放数据');
      await page.locator('[data-search-result-link]').first().waitFor();
      await site.goto(`/${lang}/cases/?characteristic=funding`);
      await site.goto(`/${lang}/self-assessment/`);
      await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
      await expect
        .poll(() => page.locator('[data-level-for="governance"]').textContent())
        .not.toMatch(/^(Not assessed|无法评估)$/);
      // The cities' evidence is fetched (connect-src 'self') before whom to learn from is drawn.
      await expect.poll(() => page.locator('[data-next-steps] li[data-characteristic=governance]').count()).toBe(1);
      // Reading a file loads the schema check (zod, jitless) on demand, under the same policy.
      await page.locator('[data-import]').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ kind: 'self-assessment', assessedOn: 'soon', criteria: [] })),
      });
      await expect.poll(() => page.locator('[data-message]').textContent()).toContain('bad.json');
      expect(await page.locator('[data-message]').textContent()).toContain('assessedOn');
      expect(violations).toEqual([]);
    },
  );
});
