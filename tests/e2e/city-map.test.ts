import { describe, expect } from 'vitest';
import { test } from './fixtures';

describe.each([
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])('city maps at $width px', (viewport) => {
  test.override('contextOptions', { viewport });

  test('every marker is its own target, 24 px from the next, and Yangzhou and Wuxi each open their city', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cities/');
    const maps = await page.locator('.city-map svg').evaluateAll((svgs) =>
      svgs.map((svg) =>
        [...svg.querySelectorAll('a')].map((a) => {
          a.scrollIntoView({ block: 'center' });
          const box = a.querySelector('.city-map__city')!.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          const hit = document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href');
          return { href: a.getAttribute('href')!, hit, x: x + scrollX, y: y + scrollY };
        }),
      ),
    );
    expect(maps.length).toBe(3);
    for (const markers of maps) {
      expect(markers.filter((m) => m.hit !== m.href)).toEqual([]);
      for (const [i, a] of markers.entries())
        for (const b of markers.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    }

    for (const city of ['yangzhou', 'wuxi']) {
      await site.goto('/en/cities/');
      await page.locator(`#map-china-title ~ a[href="/en/cities/${city}/"] .city-map__city`).click();
      await page.waitForURL(site.url(`/en/cities/${city}/`));
    }
  });
});
