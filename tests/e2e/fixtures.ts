/**
 * The browser tests' one fixture. A test asks for `site` (a small page object) or `page` (its Playwright
 * page): a new page in a fresh browser context that records console errors and uncaught exceptions, and
 * records every request leaving the test server (Chromium blocks them: it resolves no host name but 127.0.0.1). After the test, passed or failed, the context
 * is closed and the test fails if anything was recorded that the test did not declare. Chromium is
 * launched once per test file and closed after its last test.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject, test as base } from 'vitest';
import { launchChromium } from './chromium';

export const baseURL = () => inject('baseURL');

/** A page of the built site, watched from its first request to its context's closing. */
export class SitePage {
  /** Console errors and uncaught exceptions, as `message (page path)`. */
  readonly errors: string[] = [];
  /** Requests to any host but the test server, each blocked. */
  readonly offsiteRequests: string[] = [];
  private readonly expectedErrors: { pattern: RegExp; seen: boolean }[] = [];
  private readonly others: SitePage[] = [];
  /** The test servers' origins; requests anywhere else are blocked. */
  private readonly origins = [new URL(baseURL()).origin];

  private constructor(
    private readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, options: BrowserContextOptions = {}): Promise<SitePage> {
    const context = await browser.newContext(options);
    const site = new SitePage(browser, context, await context.newPage());
    const where = (page: Page | null) => (page ? ` (${new URL(page.url()).pathname})` : '');
    context.on('console', (message) => {
      if (message.type() === 'error') site.errors.push(`${message.text()}${where(message.page())}`);
    });
    context.on('weberror', (error) => site.errors.push(`${error.error().message}${where(error.page())}`));
    // Chromium resolves no host name but 127.0.0.1 (`launchChromium`), so a request leaving the test server fails in
    // the browser; it is recorded here, without routing every request through the test process (which cost the
    // suite a round trip per request).
    context.on('request', (request) => {
      const url = request.url();
      const onSite = site.origins.some((origin) => url.startsWith(`${origin}/`));
      if (!onSite && !url.startsWith('data:') && !url.startsWith('blob:')) site.offsiteRequests.push(url);
    });
    return site;
  }

  /** Lets the page use another test server, such as one serving a build under a sub-path. */
  allowTestServer(url: string) {
    this.origins.push(new URL(url).origin);
  }

  /** The full URL of a site path such as `/en/cases/`. */
  url(path: string): string {
    return new URL(path, baseURL()).href;
  }

  /** Opens a site path such as `/en/cases/?region=cn`. */
  goto(path: string, options?: Parameters<Page['goto']>[1]) {
    return this.page.goto(this.url(path), options);
  }

  /**
   * Declares a console error the test expects, such as the browser's report of a page served with status 404.
   * It must occur, and it is the only error let through.
   */
  expectConsoleError(pattern: RegExp) {
    this.expectedErrors.push({ pattern, seen: false });
  }

  /** Another page in another fresh context (no shared storage), watched, closed and checked the same way. */
  async openAnother(options: BrowserContextOptions = {}): Promise<SitePage> {
    const other = await SitePage.open(this.browser, options);
    this.others.push(other);
    return other;
  }

  /** Closes every context, then asserts that nothing went wrong that the test did not declare. */
  async finish(): Promise<void> {
    await Promise.allSettled([this, ...this.others].map((s) => s.context.close()));
    for (const site of [this, ...this.others]) site.assertClean();
  }

  private assertClean() {
    const unexpected = this.errors.filter((error) => {
      const expected = this.expectedErrors.find((e) => e.pattern.test(error));
      if (expected) expected.seen = true;
      return !expected;
    });
    expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
    expect(this.offsiteRequests, 'requests that left the test server').toEqual([]);
    const missing = this.expectedErrors.filter((e) => !e.seen).map((e) => String(e.pattern));
    expect(missing, 'declared console errors that did not occur').toEqual([]);
  }
}

export const test = base
  // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  /** Options of the fresh context, e.g. `test.override('contextOptions', { javaScriptEnabled: false })`. */
  .extend('contextOptions', {} as BrowserContextOptions)
  .extend('site', async ({ browser, contextOptions }, { onCleanup }) => {
    const site = await SitePage.open(browser, contextOptions);
    onCleanup(() => site.finish());
    return site;
  })
  .extend('page', ({ site }) => site.page);
