/**
 * One page of every type in both languages, loaded once in Chromium and checked at a phone's width and a laptop's:
 * status 200, the page's language, one h1, no sideways scrolling at either width, no axe violation at the laptop's
 * (and at the phone's for the pages with forms), and (the fixture's checks) no console error and no request leaving
 * the site. This file took over the checks of pages.test.ts's "loads with no console error, no request to another
 * host and no axe violation", of no-sideways-scroll.test.ts (which loaded every page again, at each width, in a fresh
 * context) and of phone-accessibility.test.ts (which loaded the pages with forms again in a context emulating a
 * 412 px touch phone; the site's styles ask nothing of pointer or hover, so only the width changes what axe sees).
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { pageTypes } from './page-types';

const expectedLang = { zh: 'zh-CN', en: 'en' } as const;
const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 900 };
/**
 * On a phone the forms lay out differently (the catalogue's filter dialog, the self-assessment's targets), and WCAG
 * 2.5.8's target size depends on that layout: these pages are checked with axe at the phone's width too.
 */
const formPages = ['/', '/cases/', '/cities/', '/search/', '/self-assessment/'];

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

/** Laid out once the page, its fonts and its scripts' first frames are in (or after a resize, its next frames). */
const settled = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(() => requestAnimationFrame(done), 0));
  });

describe.each(['zh', 'en'] as const)('%s pages', (lang) => {
  test.override('contextOptions', { viewport: phone });

  test.for(pageTypes)(
    `%s loads in ${lang}, scrolls sideways at neither width, with no console error, no request to another host and no axe violation`,
    async (path, { site, page }) => {
      // Network idle would add half a second a page for nothing these checks see: the pages fetch nothing
      // before they are used, and their module scripts have run by the load event.
      const response = await site.goto(`/${lang}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(expectedLang[lang]);
      expect(await page.locator('h1').count()).toBe(1);
      await settled(page);
      expect(await sidewaysOverflow(page), `at ${phone.width} px`).toEqual({ overflow: 0, widest: '' });
      if (formPages.includes(path)) expect(await accessibilityViolations(page), `at ${phone.width} px`).toEqual([]);
      await page.setViewportSize(laptop);
      await settled(page);
      expect(await sidewaysOverflow(page), `at ${laptop.width} px`).toEqual({ overflow: 0, widest: '' });
      expect(await accessibilityViolations(page), `at ${laptop.width} px`).toEqual([]);
    },
  );
});
