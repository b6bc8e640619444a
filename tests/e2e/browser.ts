/** Launches Debian's Chromium through playwright-core and records what a page does wrong. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

export const baseURL = () => inject('baseURL');

/** One Chromium per test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any host but the test server. */
  offsiteRequests: string[];
}

/** A new page that records console errors and blocks (and records) requests leaving the site. */
export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const offsiteRequests: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsiteRequests.push(url);
    return route.abort();
  });
  return { page, errors, offsiteRequests };
}
