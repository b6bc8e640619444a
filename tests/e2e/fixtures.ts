/**
 * The browser tests' one fixture. A test asks for `site` (a small page object) or `page` (its Playwright
 * page). The page records console errors and uncaught exceptions, and every request leaving the test server
 * (Chromium blocks them: it resolves no host name but 127.0.0.1). After the test, passed or failed, the test fails if
 * anything was recorded that the test did not declare.
 *
 * Chromium is launched once per worker (the e2e project runs its files without isolation, so a worker's files share
 * it): a launch cost about 2.5 s of CPU, twenty times a run. A worker's tests with the same context options share one browser context and page, emptied between tests as a new
 * one would be: the page goes to about:blank, the browser's HTTP cache and the site's storage and cookies are
 * cleared, routes, page listeners, extra tabs, media emulation and viewport are put back. A fresh context costs a new
 * renderer process, about 0.6 s of CPU on this 2-core machine, which across two hundred tests was a fifth of the
 * end-to-end run (measured in docs/performance.md). A test that measures a first visit's bytes asks for a page of
 * its own with `test.override('isolated', true)`.
 *
 * What cannot be undone on a context is never passed on: a test that calls one of `changedForGood`'s methods (a fake
 * clock, an init script, an exposed function, extra headers, permissions, a location) leaves its context to be
 * closed, and the next test gets a new one. A fake clock passed on froze the next test's animation frames: one CI run
 * timed out on the self-assessment after the search test that installs a clock had run in the same worker.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject, test as base } from 'vitest';
import { launchChromium } from './chromium';

export const baseURL = () => inject('baseURL');

/** How long one action, wait or navigation may take before it fails with what it was waiting for. */
export const actionTimeout = 20_000;

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
  /** Whether the test called something on the page or context that `empty` cannot put back. */
  private changed = false;

  private constructor(
    private readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, options: BrowserContextOptions = {}): Promise<SitePage> {
    const context = await browser.newContext(options);
    const site = new SitePage(browser, context, await context.newPage());
    // An action or navigation that cannot happen fails naming what it waited for (the element, its state), within
    // the test's 30 s; without this, Playwright's own 30 s outlasted the test and the run said only "timed out".
    context.setDefaultTimeout(actionTimeout);
    const mark = () => (site.changed = true);
    markOnUse(site.page, changedForGood.page, mark);
    markOnUse(site.page.clock, changedForGood.clock, mark);
    markOnUse(context, changedForGood.context, mark);
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

  /**
   * Ends a test on a page that the next test will use: closes the other contexts and tabs, leaves the site (so
   * nothing of this test reaches the next), asserts as `finish` does, and empties the page for the next test.
   */
  async finishForReuse(options: BrowserContextOptions): Promise<void> {
    const origins = [...this.origins];
    try {
      await Promise.allSettled(this.others.map((s) => s.context.close()));
      await Promise.all(
        this.context
          .pages()
          .filter((p) => p !== this.page)
          .map((p) => p.close()),
      );
      await this.page.goto('about:blank');
      for (const site of [this, ...this.others]) site.assertClean();
    } finally {
      this.others.length = 0;
      this.errors.length = 0;
      this.offsiteRequests.length = 0;
      this.expectedErrors.length = 0;
      this.origins.length = 1;
      // A page that was changed for good, or cannot be emptied, is closed, and the next test gets a new one.
      if (this.changed) await this.context.close();
      else await this.empty(options, origins).catch(() => this.context.close());
    }
  }

  /** Puts the context and page back as a new context with these options would have them. */
  private async empty(options: BrowserContextOptions, origins: string[]) {
    const { page, context } = this;
    for (const event of ['request', 'response', 'requestfinished', 'requestfailed', 'console', 'download'] as const)
      page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    await context.clearCookies();
    await context.clearPermissions();
    await context.setOffline(false);
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send('Network.clearBrowserCache');
      for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    } finally {
      await cdp.detach();
    }
  }

  /** Whether this page can serve another test: its page and context are still open. */
  get reusable(): boolean {
    return !this.changed && !this.page.isClosed();
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

/** The methods whose effect stays on a context for every later page (`empty` cannot undo them). */
export const changedForGood = {
  page: ['addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders'],
  clock: ['install', 'setFixedTime', 'setSystemTime', 'fastForward', 'runFor', 'pauseAt', 'resume'],
  context: [
    'addInitScript',
    'exposeFunction',
    'exposeBinding',
    'setExtraHTTPHeaders',
    'grantPermissions',
    'setGeolocation',
    'setHTTPCredentials',
  ],
} as const satisfies { page: (keyof Page)[]; clock: (keyof Page['clock'])[]; context: (keyof BrowserContext)[] };

/** Calls `mark` whenever one of these methods of `target` is called, before the method itself. */
function markOnUse<T extends object>(target: T, names: readonly (keyof T)[], mark: () => void) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') throw new Error(`no method ${String(name)} to watch`);
    Object.defineProperty(target, name, {
      configurable: true,
      value: (...args: unknown[]): unknown => {
        mark();
        return (original as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
  }
}

export const test = base
  // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  /** The worker's pages kept for reuse, one per set of context options. */
  // eslint-disable-next-line no-empty-pattern
  .extend('kept', { scope: 'worker' }, ({}, { onCleanup }) => {
    const kept = new Map<string, SitePage>();
    onCleanup(() => Promise.allSettled([...kept.values()].map((site) => site.context.close())).then(() => undefined));
    return kept;
  })
  /** Options of the test's context, e.g. `test.override('contextOptions', { javaScriptEnabled: false })`. */
  .extend('contextOptions', {} as BrowserContextOptions)
  /** A context and page of the test's own, closed after it (see the comment at the top). */
  .extend('isolated', false)
  .extend('site', async ({ browser, kept, contextOptions, isolated }, { onCleanup }) => {
    if (isolated) {
      const site = await SitePage.open(browser, contextOptions);
      onCleanup(() => site.finish());
      return site;
    }
    const key = JSON.stringify(contextOptions);
    let site = kept.get(key);
    if (!site?.reusable) kept.set(key, (site = await SitePage.open(browser, contextOptions)));
    const used = site;
    onCleanup(() => used.finishForReuse(contextOptions));
    return used;
  })
  .extend('page', ({ site }) => site.page);
