import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { pageTypes } from './page-types';

const widths = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/**
 * How far the page scrolls sideways and, when it does, the element that sticks out: the first in document order past
 * the right edge with no ancestor that clips it (else the one reaching furthest), so a failure says where to look.
 */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return { overflow, widest: '' };
    const describe = (element: Element) => {
      const name = element.id ? `#${element.id}` : [...element.classList].map((c) => `.${c}`).join('');
      return `<${element.tagName.toLowerCase()}${name}> right edge ${Math.round(element.getBoundingClientRect().right)} px`;
    };
    const clipped = (element: Element) => {
      for (let a = element.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const past = [...document.body.querySelectorAll('*')].filter(
      (e) => e.getBoundingClientRect().right > root.clientWidth,
    );
    const culprit =
      past.find((e) => !clipped(e)) ??
      past.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
    return { overflow, widest: describe(culprit) };
  });

describe.each(widths)('at $viewport.width px', ({ viewport }) => {
  test.override('contextOptions', { viewport });

  describe.each(['zh', 'en'] as const)('%s', (lang) => {
    test.for(pageTypes)(`/${lang}%s does not scroll sideways`, async (path, { site, page }) => {
      // Laid out once the page, its fonts and its scripts' first frames are in (network idle would add half a
      // second a page for nothing that changes the layout).
      await site.goto(`/${lang}${path}`, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
        for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(() => requestAnimationFrame(done), 0));
      });
      expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, widest: '' });
    });
  });
});
