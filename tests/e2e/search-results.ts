import type { Page } from 'playwright-core';

/** The paths of the search page's first results, in order (three unless told). */
export const topResultPaths = (page: Page, count = 3) =>
  page
    .locator('[data-search-result-link]')
    .evaluateAll((links, n) => links.slice(0, n).map((a) => new URL((a as HTMLAnchorElement).href).pathname), count);
