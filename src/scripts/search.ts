/**
 * The search page in the browser: loads Pagefind when the box is first used, searches as the reader types,
 * forgives (typos corrected against the site's vocabulary, fewer words when no page has them all, the other
 * language offered when nothing is found), draws the results and the filters, and keeps query and filters in the
 * link by language-neutral ids. Elements are found by the page's own data attributes.
 */
import { fillTemplate } from '../i18n/template';
import { filterCount, orderedValues, type FilterLabels } from '../lib/search-filters';
import { forgivingSearch, type ForgivingSearch, type Vocabulary } from '../lib/search-query';
import { basePath, sitePath } from '../lib/site-path';
import {
  conversionTable,
  convert,
  hasTraditional,
  type ConversionTable,
  type SimplifiedFile,
} from '../lib/traditional';
import { replacePageUrl } from './page-url';
import {
  alternateTermMark,
  excerptRuns,
  hasFilters,
  knownFilters,
  orderFilterNames,
  pagefindFilters,
  pauseBeforeSearch,
  resultExcerpt,
  searchStateFromUrl,
  searchStateToUrl,
  worthSearchingWhileTyping,
  type SearchFilters,
} from '../lib/search-state';

// The part of Pagefind's JS API this page uses (https://pagefind.app/docs/api/).
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; description?: string } }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts within the results, once `filters()` has loaded the filter index; empty before. */
  filters: FilterCounts;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: { filters: ReturnType<typeof pagefindFilters> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const data = root.dataset;
const text = JSON.parse(data.text!) as Record<string, string>;
const facetNames = JSON.parse(data.facets!) as Record<string, string>;
const lang = data.lang!;
const terms = JSON.parse(data.terms!) as string[];
const find = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
const form = find<HTMLFormElement>('[data-search-form]');
const input = find<HTMLInputElement>('[data-search-input]');
const filterPanel = find<HTMLDetailsElement>('[data-search-filters]');
const filterGroups = find('[data-search-filter-groups]');
const status = find('[data-search-status]');
const notice = find('[data-search-notice]');
const list = find<HTMLOListElement>('[data-search-results]');
const more = find<HTMLButtonElement>('[data-search-more]');
const pageSize = 10;

// A path in a variable, so the bundler leaves the import to the browser: Pagefind is written after the build.
const pagefindUrl = sitePath('/pagefind/pagefind.js');
let pagefind: Promise<Pagefind> | undefined;
// init() fetches the language's metadata and the wasm while the person is still typing.
const loadPagefind = () =>
  (pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (api) => {
    // Result links under BASE_PATH, like every other link of the site (Pagefind finds its own files itself).
    await api.options({ baseUrl: basePath });
    await api.init();
    warmUp(api);
    return api;
  }));
/**
 * While the box is still empty, one search for every page (no word, so no index chunk and no byte): Pagefind's worker
 * then has its pages' metadata read and its code compiled when the first query comes, which took that query's
 * results 80–100 ms sooner on the 10,000-page corpus (docs/performance.md). Skipped when a query is already there,
 * which would otherwise wait behind it.
 */
function warmUp(api: Pagefind) {
  if (input.value.trim() === '' && !hasFilters(filters))
    api.search(null, { filters: {} }).catch(() => {
      // Only a warm-up: a real search reports its own errors.
    });
}
// The site's words, for typos and words no page has: fetched only when a query's first result does not show every
// word as found, so a query that needs no forgiving costs no extra byte.
const noVocabulary: Vocabulary = { words: [], complete: false };
let vocabulary: Promise<Vocabulary> | undefined;
const loadVocabulary = () =>
  (vocabulary ??= fetch(data.vocabulary!)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : noVocabulary))
    .catch(() => noVocabulary));

// Traditional characters: the table (src/lib/traditional.ts) is fetched for the first query that has one.
const traditional = data.traditional ?? '';
let simplifiedTable: Promise<ConversionTable | undefined> | undefined;
const loadSimplified = () =>
  (simplifiedTable ??= fetch(data.simplified!)
    .then((response) => (response.ok ? (response.json() as Promise<SimplifiedFile>) : undefined))
    .then((file) => (file ? conversionTable(Object.entries(file.entries)) : undefined))
    .catch(() => {
      simplifiedTable = undefined; // a later query tries again
      return undefined;
    }));
async function simplify(query: string): Promise<string | undefined> {
  if (!hasTraditional(query, traditional)) return undefined;
  const table = await loadSimplified();
  return table ? convert(query, table) : undefined;
}

/** The words Pagefind marked as found in the first result's excerpt (its data is fetched to be shown anyway). */
async function marked(response: PagefindResponse): Promise<string[]> {
  const first = await response.results[0]?.data();
  return first ? excerptRuns(first.excerpt).flatMap((run) => (run.marked ? run.text.split(/\s+/) : [])) : [];
}

let filters: SearchFilters = {};
let available: FilterCounts | undefined;
let labels: FilterLabels = {};
let latest = 0;
let results: PagefindResult[] = [];
let lastCounts: FilterCounts | undefined;
let shown = 0;

function showError(error: unknown) {
  pagefind = undefined; // a later try may succeed, e.g. once the connection is back
  status.textContent = fillTemplate(text['search.error'], {
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** Draws every filter of the index once; later searches only update the counts, so focus stays put. */
function drawFilters(all: FilterCounts) {
  filterGroups.replaceChildren(
    ...orderFilterNames(Object.keys(all), Object.keys(facetNames)).map((name) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = facetNames[name] ?? name;
      fieldset.append(legend);
      for (const { value, label: shownLabel } of orderedValues(all[name], labels[name as keyof FilterLabels], lang)) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = filters[name]?.includes(value) ?? false;
        const count = document.createElement('span');
        count.className = 'count';
        label.append(box, ` ${shownLabel} `, count);
        fieldset.append(label);
      }
      return fieldset;
    }),
  );
}

/** Counts within the current results, or over the whole index when nothing is searched. */
function countFilters() {
  for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input')) {
    const count = filterCount(box.name, box.value, lastCounts, available);
    box.parentElement!.querySelector('.count')!.textContent = `(${count})`;
  }
}

let filtersLoaded: Promise<void> | undefined;
const loadFilters = () =>
  (filtersLoaded ??= (async () => {
    filterGroups.textContent = text['search.filtersLoading'];
    try {
      const [counts, names] = await Promise.all([
        loadPagefind().then((api) => api.filters()),
        fetch(data.labels!).then((response) => (response.ok ? (response.json() as Promise<FilterLabels>) : {})),
      ]);
      available = counts;
      labels = names;
      filters = knownFilters(filters, available);
      drawFilters(available);
      // A search made before the filters were loaded has no counts: search again, now Pagefind counts within
      // the results, rather than show (0) beside every value.
      if (input.value.trim() !== '' || hasFilters(filters)) await search();
      else countFilters();
    } catch (error) {
      filtersLoaded = undefined;
      filterGroups.textContent = '';
      showError(error);
    }
  })());

/**
 * Appends the next page of results, or replaces the list with the first page of new results once the first one's
 * data is in (`onFirst` then runs): the list never stands empty between two searches. The button waits until they
 * are all drawn, so a double click adds them once.
 */
async function showMore(replace = false, onFirst?: () => void) {
  const run = latest;
  const page = results.slice(shown, shown + pageSize);
  more.disabled = true;
  try {
    // Fetched at once, drawn in order as each arrives: the first result (whose data the search has often fetched
    // already) shows without waiting for the other nine.
    const pending = page.map((r) => r.data());
    for (const data of pending) data.catch(() => undefined); // a failure is reported once, where it is awaited
    const begin = () => {
      if (replace) list.replaceChildren();
      onFirst?.();
    };
    if (pending.length === 0) begin();
    for (const [i, data] of pending.entries()) {
      const result = await data;
      if (run !== latest) return;
      if (i === 0) begin();
      list.append(resultItem(result));
    }
    shown += page.length;
    more.hidden = shown >= results.length;
  } finally {
    more.disabled = false;
  }
}

function resultItem({ url, excerpt, meta }: Awaited<ReturnType<PagefindResult['data']>>) {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  link.dataset.searchResultLink = '';
  heading.append(link);
  const summary = document.createElement('p');
  for (const run of resultExcerpt(excerpt, meta.description, alternateTermMark)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      summary.append(mark);
    } else summary.append(run.text);
  }
  item.append(heading, summary);
  return item;
}

/** The note under the count: a corrected typo, words dropped, or, when nothing is found, the other language. */
function showNotice(query: string, found: ForgivingSearch<PagefindResponse> | undefined) {
  notice.replaceChildren();
  const notes = [
    found?.simplifiedFrom === undefined
      ? ''
      : fillTemplate(text['search.simplified'], { query: found.simplifiedFrom, simplified: found.simplified ?? '' }),
    found?.smallWordsFrom === undefined || found.correctedFrom !== undefined || found.fewerThan !== undefined
      ? ''
      : fillTemplate(text['search.smallWords'], { searched: found.searched, query: found.smallWordsFrom }),
    found?.correctedFrom === undefined
      ? ''
      : fillTemplate(text['search.corrected'], { searched: found.searched, query: found.correctedFrom }),
    found?.fewerThan === undefined
      ? ''
      : fillTemplate(text['search.fewerWords'], { searched: found.searched, query: found.fewerThan }),
  ].filter(Boolean);
  if (notes.length > 0) notice.append(notes.join(' '));
  // Nothing found: the other language's search, after any note (a traditional query on the English page).
  if (query !== '' && results.length === 0) {
    if (notes.length > 0) notice.append(' ');
    const link = document.createElement('a');
    link.href = `${data.otherSearch!}${searchStateToUrl({ query, filters })}`;
    link.hreflang = data.otherLang!;
    link.textContent = fillTemplate(text['search.otherLanguage'], { query });
    link.dataset.searchOtherLanguage = '';
    notice.append(link);
  }
  notice.hidden = notice.childNodes.length === 0;
}

// One search at a time, and only the newest query waits: typing fast never queues stale searches in
// Pagefind's worker, so the debounce can stay short.
let searching = false;
let searchAgain = false;
async function search() {
  if (searching) {
    searchAgain = true;
    return;
  }
  searching = true;
  try {
    await runSearch();
  } finally {
    searching = false;
    if (searchAgain) {
      searchAgain = false;
      void search();
    }
  }
}

async function runSearch() {
  const run = ++latest;
  const query = input.value.trim();
  // For the tests: cleared while a search runs, set once its results are all drawn.
  delete root.dataset.searched;
  replacePageUrl(`${location.pathname}${searchStateToUrl({ query, filters })}`);
  if (query === '' && !hasFilters(filters)) {
    results = [];
    lastCounts = undefined;
    countFilters();
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    showNotice('', undefined);
    root.dataset.searched = '';
    return;
  }
  // Announced only when a search is slow (the first one loads the index): a quick one would just make
  // screen readers say "Searching…" before every result count.
  const slow = setTimeout(() => {
    if (run === latest) status.textContent = text['search.loading'];
  }, 400);
  try {
    const api = await loadPagefind();
    const found =
      query === ''
        ? undefined
        : await forgivingSearch(query, { terms, vocabulary: loadVocabulary, marked, simplify }, (words) =>
            api.search(words, { filters: pagefindFilters(filters) }),
          );
    const response = found?.response ?? (await api.search(null, { filters: pagefindFilters(filters) }));
    // Typed on meanwhile: the newer query's results are the ones to fetch and draw.
    if (run !== latest || searchAgain || typingPending) return;
    results = response.results;
    lastCounts = response.filters;
    shown = 0;
    countFilters();
    // The count and the notes are said with the first result drawn.
    const announce = () => {
      clearTimeout(slow);
      const count = results.length;
      const searched = found?.searched ?? query;
      status.textContent =
        count === 0
          ? fillTemplate(text['search.none'], { query })
          : query === ''
            ? fillTemplate(text[count === 1 ? 'search.countFiltersOnlyOne' : 'search.countFiltersOnly'], { count })
            : fillTemplate(text[count === 1 ? 'search.countOne' : 'search.count'], { count, query: searched });
      showNotice(query, found);
    };
    await showMore(true, announce);
    if (run !== latest) return;
    root.dataset.searched = query;
  } catch (error) {
    if (run === latest) showError(error);
  } finally {
    clearTimeout(slow);
  }
}

let debounce: ReturnType<typeof setTimeout> | undefined;
let typingPending = false;
input.addEventListener(
  'focus',
  () => {
    loadPagefind().catch(showError);
  },
  { once: true },
);
let previousValue = input.value;
input.addEventListener('input', () => {
  clearTimeout(debounce);
  const pause = pauseBeforeSearch(previousValue, input.value);
  previousValue = input.value;
  typingPending = input.value.trim() === '' || pause === 0 || worthSearchingWhileTyping(input.value);
  if (typingPending) {
    debounce = setTimeout(() => {
      typingPending = false;
      void search();
    }, pause);
  }
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(debounce);
  typingPending = false;
  void search();
});
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void loadFilters();
});
filterGroups.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const chosen = (filters[box.name] ?? []).filter((v) => v !== box.value);
  filters = { ...filters, [box.name]: box.checked ? [...chosen, box.value] : chosen };
  if (filters[box.name].length === 0) delete filters[box.name];
  void search();
});
find('[data-search-clear]').addEventListener('click', () => {
  filters = {};
  for (const box of filterGroups.querySelectorAll<HTMLInputElement>('input')) box.checked = false;
  void search();
});
more.addEventListener('click', () => {
  if (more.disabled) return;
  const first = list.children.length;
  void showMore().then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
});

// A shared or bookmarked search runs at once; its filters are checked against the index first.
const initial = searchStateFromUrl(location.search);
input.value = previousValue = initial.query;
filters = initial.filters;
if (hasFilters(filters)) {
  filterPanel.open = true; // its toggle event loads the filters, which then search
  void loadFilters();
} else if (initial.query !== '') void search();
