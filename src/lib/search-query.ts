/**
 * What the search page does with a query before and after Pagefind: split it into words, correct a one-letter
 * typo against the site's own vocabulary, and, when no page has every word, the queries with fewer words to try.
 * Pure and browser-safe; the build writes the vocabulary with {@link vocabularyOf}.
 */

const han = /\p{Script=Han}/u;

/**
 * The words of a query. Spaces separate words; in a Chinese run without spaces (空调节能), the known terms of the
 * vocabulary (the synonym list's Chinese terms) are words, longest first, and the text between them is a word
 * too. Pagefind would split 空调节能 as 空/调节/能; split at the known terms, the search can also drop one word.
 */
export function queryWords(query: string, vocabulary: readonly string[] = []): string[] {
  const terms = vocabulary.filter((v) => han.test(v)).sort((a, b) => b.length - a.length);
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => (han.test(part) && terms.length > 0 ? splitAtTerms(part, terms) : [part]));
}

function splitAtTerms(text: string, terms: readonly string[]): string[] {
  const words: string[] = [];
  let rest = '';
  for (let i = 0; i < text.length;) {
    const term = terms.find((t) => text.startsWith(t, i));
    if (term === undefined) {
      rest += text[i++];
      continue;
    }
    if (rest !== '') words.push(rest);
    rest = '';
    words.push(term);
    i += term.length;
  }
  if (rest !== '') words.push(rest);
  return words;
}

/** Joins words back into a query: Chinese words without spaces between them, as a person writes them. */
export function joinWords(words: readonly string[]): string {
  return words.reduce((query, word, i) => {
    if (i === 0) return word;
    const glued = han.test(query.at(-1)!) && han.test(word[0]);
    return glued ? query + word : `${query} ${word}`;
  }, '');
}

/**
 * The word lists to try, in order, when no page has all the words: one word fewer (the last one first, since the
 * first words are usually the subject), then two fewer, never fewer than one word; at most `limit` of them.
 */
export function fewerWords(words: readonly string[], limit = 8): string[][] {
  const tries: string[][] = [];
  const drop = (from: readonly string[], count: number, start: number) => {
    if (tries.length >= limit) return;
    if (count === 0) {
      tries.push([...from]);
      return;
    }
    for (let i = from.length - 1; i >= start; i--) drop([...from.slice(0, i), ...from.slice(i + 1)], count - 1, i);
  };
  for (let count = 1; count < words.length && tries.length < limit; count++) drop(words, count, 0);
  return tries;
}

/** The vocabulary's file in Pagefind's folder, written by the build: `vocabulary.en.json`. */
export const vocabularyPath = (lang: string) => `vocabulary.${lang}.json`;

const latinWord = /^[a-z][a-z'-]*[a-z]$/;
/** Words shorter than this are left alone: one letter changed in "bus" is another word ("bug", "bun"). */
const minTypoLength = 4;

/** The site's words, as the build writes them for the search page. */
export interface Vocabulary {
  words: string[];
  /** Whether every Latin-script word of the pages is listed (none left out by the limit). */
  complete: boolean;
}

/**
 * The site's vocabulary for spelling correction: the Latin-script words of its pages, the most frequent first
 * (in how many pages they appear), at most `limit` words. Chinese has no spelling typos of this kind.
 */
export function vocabularyOf(texts: Iterable<string>, limit = 6000, terms: readonly string[] = []): Vocabulary {
  const pages = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []);
    for (const word of words) if (word.length >= minTypoLength) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  const words = [...pages]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([word]) => word);
  const complete = pages.size <= limit;
  // The synonym list's terms are searchable words too (the index has them): its Latin words, so that "hotspot" is
  // not corrected into another word, and its Chinese terms, for splitting a query typed without spaces.
  const known = new Set(words);
  for (const term of terms)
    for (const word of han.test(term) ? [term] : (term.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []))
      if (!known.has(word) && (han.test(word) || word.length >= minTypoLength)) {
        known.add(word);
        words.push(word);
      }
  return { words, complete };
}

/** Edit distance with swapped neighbours counting as one edit ("opne" → "open"), stopping once over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/**
 * Whether a word, or the word without an English ending (benchmarks, audited), begins a vocabulary word: Pagefind
 * stems what it indexes, so "benchmarks" finds "benchmarking" and is neither a typo nor unknown.
 */
function beginsAWord(word: string, vocabulary: readonly string[]): boolean {
  const stem = word.replace(/(?:es|s|ed|ing|ly)$/, '');
  const start = stem.length >= minTypoLength ? stem : word;
  return vocabulary.some((v) => v.startsWith(start));
}

/**
 * The vocabulary word a typed word was meant to be, or undefined when it is a word of the site, the start of one
 * (the person may still be typing), not a Latin word, or too far from every word: one edit, two for long words.
 * The most frequent of the closest words wins.
 */
export function correctWord(typed: string, vocabulary: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < minTypoLength || !latinWord.test(word)) return undefined;
  if (beginsAWord(word, vocabulary)) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let found: string | undefined;
  let distance = max + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(word, candidate, Math.min(max, distance - 1));
    if (d < distance) {
      found = candidate;
      distance = d;
      if (d === 1) break; // the vocabulary is most frequent first: the first word at one edit is the likeliest
    }
  }
  return found;
}

/**
 * Whether a typed word is a Latin-script word that no page has, nor begins with: Pagefind would match some other
 * word that begins like it ("submarine" as "sub…"), so the search leaves it out and says so. Only a complete
 * vocabulary can tell; Chinese words are left to Pagefind.
 */
export function unknownWord(typed: string, vocabulary: Vocabulary): boolean {
  const word = typed.toLowerCase();
  if (!vocabulary.complete || word.length < minTypoLength || !latinWord.test(word)) return false;
  return !beginsAWord(word, vocabulary.words);
}

/** How a query was searched: what was asked, what was searched, and why they differ. */
export interface ForgivingSearch<R> {
  /** The results of the query that was searched. */
  response: R;
  /** The words searched, after any correction and dropping. */
  searched: string;
  /** The typed query, when a typo was corrected (the note says "showing results for … instead of …"). */
  correctedFrom?: string;
  /** The full query, when no page had all its words and fewer were searched. */
  fewerThan?: string;
  /** The query as typed, when it had traditional characters and was searched in simplified ones. */
  simplifiedFrom?: string;
  /** The query in simplified characters, when it was converted. */
  simplified?: string;
}

/** What the search needs besides Pagefind; the vocabulary is fetched only when a query needs it. */
export interface SearchHelp<R> {
  /** Chinese terms to split a query typed without spaces at (the synonym list's). */
  terms: readonly string[];
  /** The site's words, for typos and words no page has. */
  vocabulary: () => Promise<Vocabulary>;
  /** The words Pagefind marked as found in a response's first result. */
  marked: (response: R) => Promise<string[]>;
  /**
   * The query in simplified characters when it has traditional ones (src/lib/traditional.ts), else undefined; the
   * table is fetched only then.
   */
  simplify?: (query: string) => Promise<string | undefined>;
}

const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The typed Latin words that the first result does not show as found: Pagefind searched some other word that
 * begins like them ("parkng" as "park…"), or they are typos. Only these make the search fetch the vocabulary.
 */
export function unmatchedWords(words: readonly string[], marked: readonly string[]): string[] {
  const found = marked.map(letters);
  return words.filter((word) => {
    const typed = letters(word);
    if (typed.length < minTypoLength || !latinWord.test(word.toLowerCase())) return false;
    const stem = typed.replace(/(?:es|s|ed|ing|ly)$/, '');
    const start = stem.length >= minTypoLength ? stem : typed;
    return !found.some((f) => f.startsWith(start));
  });
}

/**
 * Searches a query as a reader means it. Chinese typed without spaces is split at known terms. When nothing is
 * found, or the first result does not show every typed word as found, the vocabulary comes in: typos are
 * corrected and words no page has left out, and that query is searched if it differs. When no page has every
 * word, the same query with fewer words (the first list of fewer words that finds anything). `search` is
 * Pagefind's search, or a stand-in in the tests; a query whose words are all found costs no vocabulary download.
 */
export async function forgivingSearch<R extends { results: readonly unknown[] }>(
  query: string,
  help: SearchHelp<R>,
  search: (query: string) => Promise<R>,
): Promise<ForgivingSearch<R>> {
  const simplified = await help.simplify?.(query);
  const converted = simplified !== undefined && simplified !== query ? { simplifiedFrom: query, simplified } : {};
  const found = await forgive(simplified ?? query, help, search);
  return { ...found, ...converted };
}

async function forgive<R extends { results: readonly unknown[] }>(
  query: string,
  help: SearchHelp<R>,
  search: (query: string) => Promise<R>,
): Promise<ForgivingSearch<R>> {
  const typed = queryWords(query, help.terms);
  let response = await search(typed.join(' '));
  let words = typed;
  let correctedFrom: string | undefined;
  let fewerThan: string | undefined;
  const doubtful = response.results.length === 0 || unmatchedWords(typed, await help.marked(response)).length > 0;
  if (doubtful) {
    const vocabulary = await help.vocabulary();
    const fixed = typed.map((w) => correctWord(w, vocabulary.words) ?? w);
    const known = fixed.filter((w) => !unknownWord(w, vocabulary));
    const next = known.length > 0 ? known : fixed;
    if (next.join(' ') !== typed.join(' ')) {
      const tried = await search(next.join(' '));
      if (tried.results.length > 0 || response.results.length === 0) {
        response = tried;
        words = next;
        if (fixed.some((w, i) => w !== typed[i])) correctedFrom = joinWords(typed);
        if (next.length < fixed.length) fewerThan = joinWords(fixed);
      }
    }
  }
  if (response.results.length > 0 || words.length < 2)
    return { response, searched: joinWords(words), correctedFrom, fewerThan };
  for (const fewer of fewerWords(words)) {
    const tried = await search(fewer.join(' '));
    if (tried.results.length > 0)
      return { response: tried, searched: joinWords(fewer), correctedFrom, fewerThan: joinWords(words) };
  }
  return { response, searched: joinWords(words), correctedFrom };
}
