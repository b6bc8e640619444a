/**
 * What the search page does with a query before and after Pagefind: split it into words, correct a one-letter
 * typo against the site's own vocabulary, and, when no page has every word, the queries with fewer words to try.
 * Pure and browser-safe; the build writes the vocabulary with {@link vocabularyOf}.
 */

const han = /\p{Script=Han}/u;

/**
 * The small words of a question, which carry no topic: "how did Barcelona organise its departments" is about
 * Barcelona and departments. They are not required to match (a page need not say "how"), unless the query has
 * nothing else. Chinese: the question words and particles that stand apart from other words; single characters that
 * also begin or end words (与 in 参与, 和 in 和平, 了 in 了解) are not listed.
 */
const smallWordList = {
  en: "a an the how what which who whom whose why where when did do does done doing is are was were be been being has have had can could should would will may might must of in on at to for from by with about into onto over than as its it it's their theirs they them this that these those and or but not no so if i we our us my me you your he she his her any some there here get got make made use used ever just also very much many more most other such own same tell show give find know need want way ways example examples please",
  zh: '的 吗 呢 吧 啊 如何 怎么 怎样 怎么样 什么 哪些 哪个 哪里 为什么 为何 是否 有没有 有哪些 是什么 是怎样 可以 能否 关于 以及 我们 他们 她们 它们 这些 那些 这个 那个 一些 哪一个 怎样才能 如何才能',
};
const smallWords = new Set([...smallWordList.en.split(' '), ...smallWordList.zh.split(' ')]);
/** The Chinese small words of two characters or more, where a Chinese run without spaces is split too. */
const chineseSmallWords = smallWordList.zh.split(' ').filter((w) => w.length > 1 || w === '的');

/** Whether a word is a small word of a question (any case). */
export const isSmallWord = (word: string) => smallWords.has(word.toLowerCase());

/**
 * The words of a query. Spaces separate words; in a Chinese run without spaces (空调节能), the known terms of the
 * vocabulary (the synonym list's Chinese terms) and the Chinese small words of a question (如何, 的) are words,
 * longest first, and the text between them is a word too. Pagefind would split 空调节能 as 空/调节/能; split at the known terms, the search can also drop one word.
 */
export function queryWords(query: string, vocabulary: readonly string[] = []): string[] {
  const terms = [...vocabulary.filter((v) => han.test(v)), ...chineseSmallWords].sort((a, b) => b.length - a.length);
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
 * The word lists to try, in order, when no page has all the words: one word fewer, then two fewer, never fewer than
 * one word; at most `limit` of them. Among lists with as many words, the one that drops the commonest words comes
 * first (`commonness`, from the site's vocabulary: "city" is on every page, "Barcelona" names the thing), and among
 * equally common words the last is dropped first, since the first words are usually the subject.
 */
export function fewerWords(
  words: readonly string[],
  limit = 8,
  commonness: (word: string) => number = () => 0,
): string[][] {
  const tries: string[][] = [];
  for (let count = 1; count < words.length && tries.length < limit; count++) {
    // Every choice of `count` word positions to drop, each in ascending order.
    const dropped: number[][] = [];
    const choose = (from: number, chosen: number[]) => {
      if (chosen.length === count) dropped.push(chosen);
      else for (let i = from; i < words.length; i++) choose(i + 1, [...chosen, i]);
    };
    choose(0, []);
    const cost = (drop: number[]) => drop.reduce((sum, i) => sum + commonness(words[i]), 0);
    // At the first position where two choices differ, the one dropping the later word comes first.
    const laterFirst = (a: number[], b: number[]) => {
      const k = a.findIndex((i, j) => i !== b[j]);
      return k < 0 ? 0 : b[k] - a[k];
    };
    dropped.sort((a, b) => cost(b) - cost(a) || laterFirst(a, b));
    for (const drop of dropped.slice(0, limit - tries.length)) tries.push(words.filter((_, i) => !drop.includes(i)));
  }
  return tries;
}

/**
 * How common a word is on the site, from the vocabulary (most frequent first): 1 for the most frequent word, near 0
 * for the rarest, 0 for a word it does not list (a name, a Chinese word).
 */
export function commonnessIn(vocabulary: readonly string[]): (word: string) => number {
  const rank = new Map(vocabulary.map((word, i) => [word, i]));
  return (word) => {
    const i = rank.get(word.toLowerCase());
    return i === undefined ? 0 : 1 - i / vocabulary.length;
  };
}

/**
 * Words written together or apart, put as the site writes them: a word no page has that is two of its words
 * ("smartcity", "opendata") is split, and two words whose joining is one of its words ("e government",
 * "egovernment" for "e-government") are joined. Words the site has stay as they are.
 */
export function compoundWords(words: readonly string[], vocabulary: readonly string[]): string[] {
  const known = new Set(vocabulary);
  const rank = new Map(vocabulary.map((word, i) => [word, i]));
  const unhyphenated = new Map<string, string>();
  for (const word of vocabulary) if (word.includes('-')) unhyphenated.set(word.replace(/-/g, ''), word);
  const latin = (word: string) => /^[a-z][a-z'-]*$/i.test(word);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i].toLowerCase();
    const next = words[i + 1]?.toLowerCase();
    if (next !== undefined && latin(word) && latin(next)) {
      const joined = unhyphenated.get(word + next) ?? (known.has(`${word}-${next}`) ? `${word}-${next}` : undefined);
      if (joined && !(known.has(word) && known.has(next) && word.length > 1)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    if (!latin(word) || known.has(word) || beginsAWord(word, vocabulary)) {
      out.push(words[i]);
      continue;
    }
    const rejoined = unhyphenated.get(word.replace(/-/g, ''));
    if (rejoined) {
      out.push(rejoined);
      continue;
    }
    let best: [string, string] | undefined;
    let bestRank = Infinity;
    for (let at = 2; at <= word.length - 2; at++) {
      const [left, right] = [word.slice(0, at), word.slice(at)];
      if (!known.has(left) || !known.has(right)) continue;
      const worst = Math.max(rank.get(left)!, rank.get(right)!);
      if (worst < bestRank) [best, bestRank] = [[left, right], worst];
    }
    out.push(...(best ?? [words[i]]));
  }
  return out;
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
  /** The query with its small words ("how", "the", "的"), when they were left out. */
  smallWordsFrom?: string;
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
  const all = queryWords(simplified ?? query, help.terms);
  // A question's small words are not required to match, unless the query has nothing else.
  const content = all.filter((word) => !isSmallWord(word));
  const typed = content.length > 0 ? content : all;
  const small = typed.length < all.length ? { smallWordsFrom: joinWords(all) } : {};
  return { ...(await forgive(typed, help, search)), ...converted, ...small };
}

async function forgive<R extends { results: readonly unknown[] }>(
  typed: string[],
  help: SearchHelp<R>,
  search: (query: string) => Promise<R>,
): Promise<ForgivingSearch<R>> {
  let response = await search(typed.join(' '));
  let words = typed;
  let correctedFrom: string | undefined;
  let fewerThan: string | undefined;
  let commonness: ((word: string) => number) | undefined;
  const doubtful = response.results.length === 0 || unmatchedWords(typed, await help.marked(response)).length > 0;
  if (doubtful) {
    const vocabulary = await help.vocabulary();
    commonness = commonnessIn(vocabulary.words);
    // Written together or apart as the site writes them, then typos corrected, then words no page has left out.
    const apart = compoundWords(typed, vocabulary.words);
    const fixed = apart.map((w) => correctWord(w, vocabulary.words) ?? w);
    const known = fixed.filter((w) => !unknownWord(w, vocabulary));
    const next = known.length > 0 ? known : fixed;
    if (next.join(' ') !== typed.join(' ')) {
      const tried = await search(next.join(' '));
      if (tried.results.length > 0 || response.results.length === 0) {
        response = tried;
        words = next;
        if (joinWords(fixed).toLowerCase() !== joinWords(typed).toLowerCase()) correctedFrom = joinWords(typed);
        if (next.length < fixed.length) fewerThan = joinWords(fixed);
      }
    }
  }
  if (response.results.length > 0 || words.length < 2)
    return { response, searched: joinWords(words), correctedFrom, fewerThan };
  // The words that name the thing are kept longest: the commonest words of the site are dropped first.
  for (const fewer of fewerWords(words, 8, commonness)) {
    const tried = await search(fewer.join(' '));
    if (tried.results.length > 0)
      return { response: tried, searched: joinWords(fewer), correctedFrom, fewerThan: joinWords(words) };
  }
  return { response, searched: joinWords(words), correctedFrom };
}
