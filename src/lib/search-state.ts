/**
 * The search page's state in its URL (`?q=wifi&region=cn&funding=ppp`), so a search can be bookmarked and shared,
 * and Pagefind's excerpts turned into plain text runs, so a result is drawn without innerHTML.
 * Filters are named with the catalogue's facet ids and values (src/lib/facets.ts), never with labels, so the same
 * link means the same search on /zh/search/ and /en/search/. Pure and browser-safe.
 */
import { chineseExcerpt } from './chinese-typography';
import { facetNames, selectionFromSearch, selectionToSearch } from './facets';

/** Facet id → chosen value ids, as Pagefind takes them (the pages carry the same ids as filters). */
export type SearchFilters = Record<string, string[]>;

interface SearchState {
  query: string;
  filters: SearchFilters;
}

const queryParam = 'q';
/** Long enough for any real query; a longer parameter is a tampered link. */
const maxLength = 200;

/**
 * Reads the state from a URL's search part: `q`, and the catalogue's facet parameters (`region=cn,eu`).
 * Other parameters are ignored. Whether a value exists is only known once Pagefind's filters are loaded, so
 * {@link knownFilters} sorts that out later.
 */
export function searchStateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = (params.get(queryParam) ?? '').trim().slice(0, maxLength);
  const selection = selectionFromSearch(search);
  const filters: SearchFilters = {};
  for (const facet of facetNames) {
    const values = selection[facet]?.filter((v) => v.length <= maxLength);
    if (values && values.length > 0) filters[facet] = [...values];
  }
  return { query, filters };
}

export function searchStateToUrl({ query, filters }: SearchState): string {
  const q = query.trim() === '' ? '' : `${queryParam}=${encodeURIComponent(query.trim()).replace(/%20/g, '+')}`;
  const facets = selectionToSearch(filters).slice(1);
  const search = [q, facets].filter(Boolean).join('&');
  return search === '' ? '' : `?${search}`;
}

/** Keeps the filters and values that exist in the index; a tampered or outdated link loses only those. */
export function knownFilters(filters: SearchFilters, available: Record<string, Record<string, number>>): SearchFilters {
  const known: SearchFilters = {};
  for (const [name, values] of Object.entries(filters)) {
    const kept = values.filter((v) => available[name] !== undefined && v in available[name]);
    if (kept.length > 0) known[name] = kept;
  }
  return known;
}

export const hasFilters = (filters: SearchFilters) => Object.values(filters).some((values) => values.length > 0);

/**
 * The filters as Pagefind takes them, with the catalogue's meaning: values of one filter are alternatives (any of
 * them), different filters narrow. A bare list would ask Pagefind for pages with every value.
 */
export function pagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
}

/** Filter groups in the order given (the catalogue's facet order), any others after them by name. */
export function orderFilterNames(available: readonly string[], order: readonly string[]): string[] {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...available].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

interface ExcerptRun {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around the words found. This splits it into runs of text,
 * marked or not, and drops any other tag, so nothing in an excerpt can become markup on the page. Chinese text in
 * it is set as Chinese ({@link chineseExcerpt}).
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  // An excerpt starts where Pagefind cut the text, at times just after a word: its first sentence mark goes.
  const cut = chineseExcerpt(excerpt).replace(/^\s*[.,;:。，、；：]+\s*/u, '');
  for (const part of cut.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text !== '') runs.push({ text, marked });
    }
  }
  return runs;
}

/**
 * Between alternate terms in the index, and before the first: a character no page text uses (⁝), so the search
 * page can tell the page's own words from the added ones in an excerpt.
 */
export const alternateTermMark = '\u205d';

/**
 * The excerpt to show for a result. The index holds a page's own words, then the alternate terms the build added
 * (src/integrations/pagefind.ts), each after `mark`: the excerpt keeps the page's words before the first mark, and
 * when none of them matched (the page was found by an added term), the page's description stands in.
 */
export function resultExcerpt(excerpt: string, description: string | undefined, mark: string): ExcerptRun[] {
  const at = excerpt.indexOf(mark);
  if (at === -1) return excerptRuns(excerpt);
  const own = excerptRuns(excerpt.slice(0, at)).filter((run) => run.text.trim() !== '');
  if (own.some((run) => run.marked) || description === undefined || description.trim() === '') {
    // A mark left open by the cut is closed by excerptRuns; trailing space is trimmed.
    if (own.length > 0) own[own.length - 1] = { ...own[own.length - 1], text: own[own.length - 1].text.trimEnd() };
    return own;
  }
  return [{ text: description, marked: false }];
}

/**
 * Whether to search while the person is still typing. A last word of one letter is a prefix of a large part of
 * the index: searching it downloads many index chunks for results nobody wants, so it waits for the next key
 * (Enter still searches). One Chinese character is a word, so it is searched.
 */
export function worthSearchingWhileTyping(value: string): boolean {
  return !/(^|\s)[^\s\p{Script=Han}]$/u.test(value.trimStart());
}

/** The pause typing must make before a search starts, in milliseconds. */
export const typingPauseMs = 100;

/**
 * How long to wait before searching after an input event. Several characters arriving at once (a paste, an
 * autocompletion, a Chinese word committed by the input method) are a finished query: search at once.
 * One more key may be followed by another, so wait for a pause.
 */
export function pauseBeforeSearch(previous: string, value: string): number {
  return [...value].length - [...previous].length > 1 ? 0 : typingPauseMs;
}
