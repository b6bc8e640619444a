/**
 * Search on a built site, driven in Chromium: what the search page downloads before the box is used,
 * then the bytes and time one typed query costs until its results are shown.
 */
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { downloadsOf, totalBytes } from '../../tests/e2e/downloads';
import { searchDrawn } from '../../tests/e2e/search-results';
import { serveDirectory } from '../../tests/e2e/static-server';

export interface SearchMeasure {
  language: string;
  query: string;
  /** /pagefind/ files fetched before the box is used (the search form is the site's own). */
  eagerPagefindRequests: string[];
  /**
   * Bytes of every response (body and headers) from focusing the box until the query's results are shown and
   * the network is quiet, as the test server sends them: it gzips text like a static host.
   */
  queryBytes: number;
  queryRequests: number;
  /** The largest downloads of the query, for the report. */
  largest: string[];
  /** Bytes of the query by kind of Pagefind file: script, wasm, meta, index, filter, fragment. */
  byKind: Record<string, number>;
  /**
   * From entering the query (its input event, after focus has loaded Pagefind) to the first result link in the
   * page, timed inside the page (several characters at once search without a typing pause): fetching index chunks and fragments, searching, drawing.
   */
  msToResults: number;
  /** The same with the query entered the instant the box is focused: Pagefind's script and wasm load first. */
  msToResultsCold: number;
  /** The same for a second query on the same page, once Pagefind is loaded. */
  msToResultsWarm: number;
  /** Bytes the second query downloads: its index chunks and fragments only. */
  secondQueryBytes: number;
  results: number;
  /** How many times each query was measured; times are medians over the runs. */
  runs: number;
  /** The fastest and slowest first query over the runs. */
  msToResultsRange: [number, number];
  /** Typed key by key (150 ms apart) after focus: everything downloaded, and the results' delay after the last key. */
  typed: { bytes: number; requests: number; msAfterLastKey: number };
}

/**
 * Enters a query, at once (as a paste or an input-method commit) or key by key (150 ms apart), and times inside the
 * page from the last input event to the results of the whole query: the first result link drawn, and the status naming
 * the query (the page draws the first result as soon as its data is in, and the count with it).
 * Timing from outside (Playwright polling the page) would add up to half a second.
 */
async function timeQuery(page: Page, input: Locator, query: string, entry: 'at-once' | 'key-by-key'): Promise<number> {
  await page.evaluate((wanted) => {
    const timing: { input?: number; result?: number } = {};
    (window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
    const box = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    box.addEventListener('input', () => (timing.input = performance.now()));
    const observer = new MutationObserver(() => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (box.value === wanted && status.includes(wanted) && document.querySelector('[data-search-result-link]')) {
        timing.result = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, query);
  if (entry === 'at-once') await input.fill(query);
  else await page.keyboard.type(query, { delay: 150 });
  const handle = await page.waitForFunction(
    () => {
      const timing = (window as unknown as { searchTiming: { input?: number; result?: number } }).searchTiming;
      return timing.result !== undefined && timing.input !== undefined ? timing.result - timing.input : undefined;
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Focus starts Pagefind's loading; a person is still typing meanwhile, so the query is entered once it is quiet. */
async function focusAndSettle(page: Page, input: Locator) {
  await input.focus();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
}

/** One measurement of one query on fresh pages (an empty cache, as for a first visit). */
async function measureOnce(
  browser: Browser,
  url: string,
  language: string,
  query: string,
  second: string,
): Promise<SearchMeasure> {
  // A fresh context per query: an empty cache, as for a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: { request: Request; at: number }[] = [];
  page.on('requestfinished', (request) => finished.push({ request, at: performance.now() }));
  await page.goto(`${url}/${language}/search/`, { waitUntil: 'networkidle' });
  const eagerPagefindRequests = finished
    .map(({ request }) => new URL(request.url()).pathname)
    .filter((path) => path.startsWith('/pagefind/'));
  const before = finished.length;

  const input = page.locator('[data-search-input]');
  const resultLinks = page.locator('[data-search-result-link]');
  await focusAndSettle(page, input);
  const msToResults = await timeQuery(page, input, query, 'at-once');
  await searchDrawn(page); // the other nine results' fragments belong to the query's bytes
  const results = await resultLinks.count();
  const downloads = await downloadsOf(finished.slice(before).map((f) => f.request));
  const queryBytes = totalBytes(downloads);
  const byKind: Record<string, number> = {};
  for (const { path, bytes } of downloads) {
    const kind =
      /\/(index|filter|fragment)\//.exec(path)?.[1] ??
      (path.endsWith('.pf_meta') ? 'meta' : path.includes('wasm') ? 'wasm' : 'script');
    byKind[kind] = (byKind[kind] ?? 0) + bytes;
  }
  const largest = downloads
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5)
    .map((d) => `${d.path.replace('/pagefind/', '')} ${(d.bytes / 1024).toFixed(1)} KB`);
  const queryRequests = finished.length - before;

  // A second query once everything is loaded: the cost of searching itself.
  const beforeSecond = finished.length;
  const msToResultsWarm = await timeQuery(page, input, second, 'at-once');
  await searchDrawn(page);
  const secondQueryBytes = totalBytes(await downloadsOf(finished.slice(beforeSecond).map((f) => f.request)));
  await context.close();

  // Worst case: the query entered the instant the box is focused, on a fresh page with an empty cache.
  const coldContext = await browser.newContext();
  const coldPage = await coldContext.newPage();
  await coldPage.goto(`${url}/${language}/search/`, { waitUntil: 'networkidle' });
  const coldInput = coldPage.locator('[data-search-input]');
  await coldInput.focus();
  const msToResultsCold = await timeQuery(coldPage, coldInput, query, 'at-once');
  await coldContext.close();

  // As a person types: one key every 150 ms on a fresh page, so searches start on the way.
  const typedContext = await browser.newContext();
  const typedPage = await typedContext.newPage();
  const typedRequests: Request[] = [];
  await typedPage.goto(`${url}/${language}/search/`, { waitUntil: 'networkidle' });
  typedPage.on('requestfinished', (request) => typedRequests.push(request));
  const typedInput = typedPage.locator('[data-search-input]');
  await focusAndSettle(typedPage, typedInput);
  const msAfterLastKey = await timeQuery(typedPage, typedInput, query, 'key-by-key');
  await searchDrawn(typedPage);
  const typedBytes = totalBytes(await downloadsOf(typedRequests));
  await typedContext.close();

  return {
    language,
    query,
    eagerPagefindRequests,
    queryBytes,
    queryRequests,
    largest,
    byKind,
    msToResults,
    msToResultsWarm,
    secondQueryBytes,
    msToResultsCold,
    typed: { bytes: typedBytes, requests: typedRequests.length, msAfterLastKey },
    results,
    runs: 1,
    msToResultsRange: [msToResults, msToResults],
  };
}

export async function measureSearch(
  outDir: string,
  queries: { language: string; query: string; second: string }[],
  runs = 5,
): Promise<SearchMeasure[]> {
  const { url, server } = await serveDirectory(outDir);
  const browser = await launchChromium();
  try {
    const measures: SearchMeasure[] = [];
    for (const { language, query, second } of queries) {
      // Several runs, the median time of each kind reported: one run moves by 100 ms and more on this machine.
      const all: SearchMeasure[] = [];
      for (let run = 0; run < runs; run++) all.push(await measureOnce(browser, url, language, query, second));
      const median = (pick: (m: SearchMeasure) => number) => {
        const sorted = all.map(pick).sort((x, y) => x - y);
        return sorted[Math.floor(sorted.length / 2)];
      };
      const last = all[all.length - 1];
      measures.push({
        ...last,
        runs,
        msToResults: median((m) => m.msToResults),
        msToResultsRange: [Math.min(...all.map((m) => m.msToResults)), Math.max(...all.map((m) => m.msToResults))],
        msToResultsWarm: median((m) => m.msToResultsWarm),
        msToResultsCold: median((m) => m.msToResultsCold),
        typed: { ...last.typed, msAfterLastKey: median((m) => m.typed.msAfterLastKey) },
      });
    }
    return measures;
  } finally {
    await browser.close();
    server.close();
  }
}
