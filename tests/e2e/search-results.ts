import type { Page } from 'playwright-core';

/** The paths of the search page's first results, in order (three unless told). */
export const topResultPaths = (page: Page, count = 3) =>
  page
    .locator('[data-search-result-link]')
    .evaluateAll((links, n) => links.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname), count);

/**
 * Waits until the search page has drawn the whole first page of results for what the box holds (the page marks the
 * query it has drawn, and clears the mark when a search starts): the first result and the count show before the
 * other results have arrived.
 */
export const searchDrawn = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search]');
    const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
    return root !== null && input != null && root.dataset.searched === input.value.trim();
  });
