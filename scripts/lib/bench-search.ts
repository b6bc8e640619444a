/**
 * Search on a built site, driven in Chromium: what the search page downloads before the box is used,
 * then the bytes and time one typed query costs until its results are shown.
 */
import { chromium, type Request } from 'playwright-core';
import { serveDirectory } from '../../tests/e2e/static-server';

export interface SearchMeasure {
  language: string;
  query: string;
  /** /pagefind/ files fetched before the box is used, beyond the UI's own script and stylesheet. */
  eagerPagefindRequests: string[];
  /** Bytes of every response from typing the query until the results are shown and the network is quiet. */
  queryBytes: number;
  queryRequests: number;
  /** From the first keystroke to the first result link on screen (includes the UI's debounce). */
  msToResults: number;
  results: number;
}

// What the search page needs to draw the box; anything else of Pagefind before use is an eager load.
const needsToDrawTheBox = new Set(['/pagefind/pagefind-ui.js', '/pagefind/pagefind-ui.css']);

export async function measureSearch(outDir: string, queries: { language: string; query: string }[]): Promise<SearchMeasure[]> {
  const { url, server } = await serveDirectory(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const measures: SearchMeasure[] = [];
    for (const { language, query } of queries) {
      // A fresh context per query: an empty cache, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: { request: Request; at: number }[] = [];
      page.on('requestfinished', (request) => finished.push({ request, at: performance.now() }));
      await page.goto(`${url}/${language}/search/`, { waitUntil: 'networkidle' });
      const eagerPagefindRequests = finished
        .map(({ request }) => new URL(request.url()).pathname)
        .filter((path) => path.startsWith('/pagefind/') && !needsToDrawTheBox.has(path));
      const before = finished.length;

      const input = page.locator('.pagefind-ui__search-input');
      const started = performance.now();
      await input.focus();
      await input.pressSequentially(query);
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
      const msToResults = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const results = await page.locator('.pagefind-ui__result-link').count();
      let queryBytes = 0;
      for (const { request } of finished.slice(before)) {
        const sizes = await request.sizes();
        queryBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      }
      measures.push({ language, query, eagerPagefindRequests, queryBytes, queryRequests: finished.length - before, msToResults, results });
      await context.close();
    }
    return measures;
  } finally {
    await browser.close();
    server.close();
  }
}
