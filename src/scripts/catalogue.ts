/**
 * The case catalogue in the browser: the facet boxes filter the list as they change, the counts say what each box
 * would give, and the selection lives in the link (language-neutral ids, so the language switch carries it). On a
 * narrow screen the filters open in a dialog over the lower part of the page, the results and their count staying
 * in view above it; an empty result names each active filter with a button that removes it.
 */
import {
  activeFilters,
  facetCounts,
  facetNames,
  matches,
  selectionFromSearch,
  selectionToSearch,
  withoutFilter,
  type FacetName,
  type FacetValues,
  type Selection,
} from '../lib/facets';
import { fillTemplate } from '../i18n/template';
import { replacePageUrl } from './page-url';

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = find<HTMLFormElement>('[data-facet-form]');
const home = find('[data-filters-home]');
const dialog = find<HTMLDialogElement>('[data-filters-dialog]');
const openButton = find<HTMLButtonElement>('[data-filters-open]');
const bar = find('[data-results-bar]');
const resultCount = find('[data-result-count]');
const noResult = find('[data-no-result]');
const activeList = find('[data-active-filters]');
const words = find('[data-catalogue-words]').dataset;
const cards = [...document.querySelectorAll<HTMLLIElement>('[data-case-list] > li')];
const items = cards.map((card) => JSON.parse(card.dataset.facets!) as FacetValues);
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

function readSelection(): Selection {
  const selection: Selection = {};
  for (const facet of facetNames) {
    const chosen = boxes.filter((b) => b.name === facet && b.checked).map((b) => b.value);
    if (chosen.length > 0) selection[facet] = chosen;
  }
  return selection;
}

/** A filter as the page names it: the facet's heading and the box's label, in the page's language. */
function filterName(facet: FacetName, value: string): string {
  const box = boxes.find((b) => b.name === facet && b.value === value);
  const label = box?.parentElement?.querySelector('[data-label]')?.textContent ?? value;
  const heading = box?.closest('details')?.querySelector('summary')?.textContent ?? facet;
  return `${heading.trim()}${words.colon}${label.trim()}`;
}

function listActive(selection: Selection) {
  activeList.replaceChildren(
    ...activeFilters(selection).map(({ facet, value }) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      // Seen: "Funding instrument: PPP ×"; heard: "Remove the filter Funding instrument: PPP".
      const [before, after = ''] = words.remove!.split('{filter}');
      const hidden = (text: string) =>
        Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text });
      const cross = Object.assign(document.createElement('span'), { textContent: ' ×' });
      cross.setAttribute('aria-hidden', 'true');
      button.append(hidden(before), filterName(facet, value), hidden(after), cross);
      button.addEventListener('click', () => {
        change(withoutFilter(readSelection(), facet, value));
        resultCount.focus();
      });
      item.append(button);
      return item;
    }),
  );
}

function render(selection: Selection) {
  let shown = 0;
  cards.forEach((card, i) => {
    const visible = matches(items[i], selection);
    card.hidden = !visible;
    if (visible) shown++;
  });
  const counts = facetCounts(items, selection);
  for (const box of boxes) {
    const count = counts[box.name as FacetName].get(box.value) ?? 0;
    const label = box.parentElement!.querySelector('[data-count]')!;
    // Only the number changes: the brackets are the page language's, （） in Chinese.
    label.textContent = label.textContent.replace(/\d+/, String(count));
  }
  resultCount.textContent = fillTemplate(words.showing!, { shown, total: cards.length });
  openButton.textContent = fillTemplate(words.openFilters!, { count: activeFilters(selection).length });
  noResult.hidden = shown > 0;
  if (shown === 0) listActive(selection);
}

function apply(selection: Selection) {
  for (const box of boxes) box.checked = selection[box.name as FacetName]?.includes(box.value) ?? false;
  render(selection);
}

/** A new selection from anywhere (a box, a remove button, clear): the boxes, the list and the link follow. */
function change(selection: Selection) {
  apply(selection);
  replacePageUrl(`${location.pathname}${selectionToSearch(selection)}${location.hash}`);
  // While the dialog is open the results' head stays at the top (hiding cards would let the page jump).
  if (dialog.open) resultsToTop();
}

/** The results' head at the top, so the first results are in view above the dialog as boxes change. */
function resultsToTop() {
  bar.scrollIntoView({ block: 'start' });
}

function toResults() {
  if (dialog.open) dialog.close();
  resultCount.focus();
}

// Narrow screens: the same form, moved into the dialog, opened by the "Filters (n)" button.
const narrow = matchMedia('(max-width: 48rem)');
function place() {
  if (narrow.matches) {
    dialog.append(form);
  } else {
    if (dialog.open) dialog.close();
    home.append(form);
  }
}

apply(selectionFromSearch(location.search));
place();
narrow.addEventListener('change', place);
form.addEventListener('change', () => change(readSelection()));
// The list filters as boxes change; the button, or Enter on a box, takes a keyboard or screen-reader user to the
// results without leaving the page (Enter in a form submits it).
form.addEventListener('submit', (event) => {
  event.preventDefault();
  toResults();
});
form.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
    event.preventDefault();
    toResults();
  }
});
form.querySelector('[data-clear]')!.addEventListener('click', () => change({}));
form.querySelector('[data-filters-close]')!.addEventListener('click', () => dialog.close());
openButton.addEventListener('click', () => {
  resultsToTop();
  dialog.showModal();
});
