/**
 * The search page's state in its URL (`?q=parking&Region=China`), so a search can be bookmarked and shared,
 * and Pagefind's excerpts turned into plain text runs, so a result is drawn without innerHTML.
 * Pure and browser-safe.
 */

/** Filter name → chosen values, as Pagefind takes them. Names are the localized facet names the pages carry. */
export type SearchFilters = Record<string, string[]>;

interface SearchState {
  query: string;
  filters: SearchFilters;
}

const queryParam = 'q';
/** Long enough for any real query or filter value; a longer parameter is a tampered link. */
const maxLength = 200;

/**
 * Reads the state from a URL's search part. Parameters other than `q` are filters; whether a filter exists
 * is only known once Pagefind's filters are loaded, so {@link knownFilters} sorts that out later.
 */
export function searchStateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = (params.get(queryParam) ?? '').trim().slice(0, maxLength);
  const filters: SearchFilters = {};
  for (const [name, value] of params) {
    if (name === queryParam || name.length > maxLength || value.length > maxLength || value.trim() === '') continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query, filters };
}

export function searchStateToUrl({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set(queryParam, query.trim());
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const search = params.toString();
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
 * marked or not, and drops any other tag, so nothing in an excerpt can become markup on the page.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
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
