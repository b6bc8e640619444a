/**
 * Keeps the header's language switch at the reader's place: its link (the other language's same page, written at
 * build time, which is all a browser without scripts gets) also carries the page's query and fragment, such as
 * the catalogue's filters, the search query, the self-assessment's answers (`#s=…`) and a heading's anchor.
 * It is brought up to date on load, on hashchange, when a page replaces its URL through replacePageUrl
 * (./page-url.ts), and, for a page that calls history.replaceState itself, whenever the link is about to be used.
 */
import { switchHref } from '../lib/language-switch';
import { pageUrlChanged } from './page-url';

function followPlace(link: HTMLAnchorElement) {
  const otherPage = link.getAttribute('href') ?? '';
  const update = () => {
    link.href = switchHref(otherPage, location.search, location.hash);
  };
  update();
  window.addEventListener('hashchange', update);
  window.addEventListener(pageUrlChanged, update);
  // Before a click, a tap, Enter or a context menu reads the link.
  for (const event of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(event, update);
}

const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
if (link) followPlace(link);
