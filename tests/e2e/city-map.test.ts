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
        [...svg.querySelectorAll('a[data-city]')].map((a) => {
          a.scrollIntoView({ block: 'center' });
          const box = a.querySelector('.city-map__city')!.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          const hit = document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href');
          // Measured from the map's corner: on a phone the map scrolls in its own region as well as the page.
          const map = svg.getBoundingClientRect();
          return { href: a.getAttribute('href')!, hit, x: x - map.left, y: y - map.top };
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
      await page.locator(`#map-cn a[href="/en/cities/${city}/"] .city-map__city`).click();
      await page.waitForURL(site.url(`/en/cities/${city}/`));
    }
  });

  test('markers are named where the names fit, never one name over another, and large enough to read', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cities/');
    for (const id of ['map-world', 'map-eu', 'map-cn']) {
      const map = page.locator(`#${id}`);
      const markers = await map.locator('a[data-city]').count();
      const labels = await map.locator('a[data-city] .city-map__label').evaluateAll((texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return {
            city: text.closest('a')!.getAttribute('data-city'),
            name: text.textContent,
            link: text.closest('a')!.getAttribute('aria-label'),
            box: { x: box.left, y: box.top, width: box.width, height: box.height },
            scale: text.closest('svg')!.getBoundingClientRect().width / 640,
          };
        }),
      );
      // Most markers carry their name; the rest keep it in their tooltip, their link's name and the table.
      expect(labels.length, id).toBeGreaterThanOrEqual(Math.ceil(markers * 0.75));
      for (const label of labels) expect(label.name).toBe(label.link);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.box.x + a.box.width <= b.box.x + 0.5 ||
            b.box.x + b.box.width <= a.box.x + 0.5 ||
            a.box.y + a.box.height <= b.box.y + 0.5 ||
            b.box.y + b.box.height <= a.box.y + 0.5;
          expect(apart, `${a.city} and ${b.city} on ${id}`).toBe(true);
        }
      // The names' size on the screen: the map's 11 units at its drawn scale.
      const onScreen = labels[0].scale * 11;
      expect(onScreen, id).toBeGreaterThanOrEqual(viewport.width >= 1280 ? 13 : 10);
    }
    // A marker is reached and followed with the keyboard.
    const first = page.locator('#map-eu a[data-city]').first();
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url(href!));
  });

  test('the world map names the cities elsewhere and boxes the areas of the maps of the EU and China, each a link to its map', async ({
    site,
    page,
  }) => {
    await site.goto('/en/cities/');
    const world = page.locator('#map-world');
    // Cities in the EU and China are on their own maps, not spread across the world map with long leader lines.
    const worldCities = await world
      .locator('a[data-city]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-city')));
    expect(worldCities).toEqual(expect.arrayContaining(['seoul', 'san-francisco']));
    expect(worldCities).not.toContain('barcelona');
    expect(worldCities).not.toContain('ningbo');
    // A marker moved off its place (a target's width apart from its neighbour) stays near it: at most 1.5 targets.
    const leaders = await world
      .locator('.city-map__leader line')
      .evaluateAll((lines) =>
        lines.map((l) =>
          Math.hypot(+l.getAttribute('x2')! - +l.getAttribute('x1')!, +l.getAttribute('y2')! - +l.getAttribute('y1')!),
        ),
      );
    expect(leaders.filter((length) => length > 80)).toEqual([]);
    for (const region of ['eu', 'cn']) {
      const box = world.locator(`a[data-area="${region}"]`);
      expect(await box.getAttribute('aria-label')).toMatch(/^Cities in (the EU|China): \d+ cities, on the map below$/);
      await box.click();
      await page.waitForURL((url) => url.hash === `#map-${region}`);
      await expect.poll(() => page.locator(`#map-${region}`).isVisible()).toBe(true);
      const top = await page.locator(`#map-${region}`).evaluate((figure) => figure.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(viewport.height);
    }
  });
});
