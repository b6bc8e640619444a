/**
 * A city page starts with the answer (issue 21, point 2): within the first screen, at a phone's width and a laptop's,
 * in both languages, where the city stands, its next step and the best teacher for it, which is the first entry of
 * the page's own "learn next from" for that characteristic; then links to the page's sections, each of which exists.
 * Axe, sideways scrolling, console and requests on city pages are every-page.test.ts's.
 */
import { describe, expect } from 'vitest';
import { test } from './fixtures';

const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe.each(['zh', 'en'] as const)('a %s city page, first screen', (lang) => {
  describe.each(widths)('at $width px', (viewport) => {
    test.override('contextOptions', { viewport });

    test('names the next step and its best teacher, the first entry of learn next from', async ({ site, page }) => {
      await site.goto(`/${lang}/cities/shanghai-pudong/`);
      const next = page.locator('[data-glance=next]');
      const box = (await next.boundingBox())!;
      expect(box.y + box.height, 'the next step ends within the first screen').toBeLessThanOrEqual(viewport.height);
      const characteristic = (await next.getAttribute('data-characteristic'))!;
      const teacher = (await next.locator('a').getAttribute('href'))!;
      expect(teacher).toMatch(new RegExp(`^/${lang}/cities/[a-z-]+/$`));
      const teacherId = teacher.split('/')[3];
      const firstEntry = page
        .locator(`[data-testid=next-steps] li[data-characteristic="${characteristic}"] li[data-peer]`)
        .first();
      expect(await firstEntry.getAttribute('data-peer')).toBe(teacherId);
      expect(await page.locator('[data-glance=strongest], [data-glance=weakest]').count()).toBeGreaterThan(0);
      // The sections' links are within the first screen, and each leads somewhere on the page.
      const sections = page.locator('.at-a-glance__sections a');
      expect((await sections.first().boundingBox())!.y).toBeLessThan(viewport.height);
      const last = (await sections.last().boundingBox())!;
      expect(last.y + last.height, 'the section links end within the first screen').toBeLessThanOrEqual(
        viewport.height,
      );
      const targets = await sections.evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href'), !!document.getElementById(a.getAttribute('href')!.slice(1))]),
      );
      expect(targets.length).toBeGreaterThanOrEqual(4);
      expect(targets.filter(([, found]) => !found)).toEqual([]);
    });

    test('says so when no city shows yet what the next step needs, and keeps the unknown apart', async ({
      site,
      page,
    }) => {
      // Amsterdam: the paper gives evidence on one characteristic only, below Basic, and no city shows its next rung.
      await site.goto(`/${lang}/cities/amsterdam/`);
      const next = page.locator('[data-glance=next]');
      const box = (await next.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(await next.locator('a').count()).toBe(0);
      expect(await page.locator('[data-glance=strongest]').count()).toBe(0);
      expect(await page.locator('[data-glance=unknown]').textContent()).toContain(
        lang === 'zh' ? '无法评估' : 'Not assessed',
      );
    });
  });
});
