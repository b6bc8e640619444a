/**
 * Pages that keep their state in the link (the catalogue's filters, the search, the self-assessment's answers)
 * replace their URL through this, so the language switch (src/scripts/lang-switch.ts) follows.
 */
export const pageUrlChanged = 'scl:page-url-changed';

/** Replaces the page's URL as the reader works (no new history entry) and tells the language switch. */
export function replacePageUrl(url: string): void {
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new Event(pageUrlChanged));
}
