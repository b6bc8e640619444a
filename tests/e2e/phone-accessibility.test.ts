import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

// On a phone the forms lay out differently (the catalogue's filter dialog, the self-assessment's targets), and
// WCAG 2.5.8's target size depends on that layout: the pages with forms, checked at a phone's size as Lighthouse
// emulates it.
const pages = ['/', '/cases/', '/cities/', '/search/', '/self-assessment/'];

describe('at a phone’s width', () => {
  test.override('contextOptions', {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  test.for(['zh', 'en'].flatMap((lang) => pages.map((path) => `/${lang}${path}`)))(
    '%s has no axe violation',
    async (path, { site, page }) => {
      await site.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});
