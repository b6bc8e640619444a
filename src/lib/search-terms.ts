/**
 * The field's alternate terms (content/search/synonyms.json): Wi-Fi and 无线网络, 节能 and 能耗, PPP and 公私合营.
 * Applied when the index is built: a page whose text has any term of a group is indexed with the group's other
 * terms, so a reader's word finds the pages that use the paper's word. Pure; the integration reads the file.
 */
import { z } from '../schemas/zod';

const term = z.string().trim().min(1).max(60);
export const synonymFileSchema = z
  .object({
    $comment: z.string().optional(),
    groups: z
      .array(
        z
          .object({
            en: z.array(term).describe('English terms, matched as whole words, any case'),
            zh: z.array(term).describe('Chinese terms, matched anywhere in the text'),
          })
          .refine((g) => g.en.length + g.zh.length >= 2, 'A group needs at least two terms'),
      )
      .min(1),
  })
  .strict();
export type SynonymFile = z.infer<typeof synonymFileSchema>;

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
/** A text matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower case, every run of characters other than Latin letters and digits one space: "wi-fi" is "wi fi". */
const spaced = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')} `;
const key = (term: string) => (hasHan(term) ? term : spaced(term).trim());
/** One pattern for many terms, the longest first so that "open data" wins over "open". */
const anyOf = (terms: string[]) =>
  terms
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** A term to index with a page, and how often the page mentions its group: the more, the more it weighs. */
export interface AlternateTerm {
  term: string;
  mentions: number;
}

/**
 * A function from a page's text to the terms to index with it: every term of each group the text mentions,
 * less the terms the text already has, each with the number of times the text mentions its group. Chinese terms
 * are found anywhere in the text, others as whole words (IoT is not in "idiot"; "Wi-Fi" and "wi fi" are the
 * same). Two regular-expression passes over the text, however many groups: ten thousand pages take a second or
 * two, not ten.
 */
export function synonymExpander(file: SynonymFile, maxGroups = groupsPerPage): (text: string) => AlternateTerm[] {
  const groupsOf = new Map<string, number[]>();
  file.groups.forEach((g, i) => {
    for (const term of [...g.en, ...g.zh]) groupsOf.set(key(term), [...(groupsOf.get(key(term)) ?? []), i]);
  });
  const keys = [...groupsOf.keys()];
  const han = new RegExp(anyOf(keys.filter(hasHan)), 'g');
  const latin = new RegExp(`(?<= )(?:${anyOf(keys.filter((k) => !hasHan(k)))})(?= )`, 'g');
  return (text) => {
    const found = [...(text.match(han) ?? []), ...(spaced(text).match(latin) ?? [])];
    const mentions = new Map<number, number>();
    for (const k of found) for (const i of groupsOf.get(k) ?? []) mentions.set(i, (mentions.get(i) ?? 0) + 1);
    // Terms that only differ by an ending Pagefind's stemming removes (sensor, sensors) are one term in the index.
    // Of an English phrase, only the words the page lacks: "parking space" on a page about parking adds "space",
    // since another "parking" on every such page would grow the index chunk of a common word for nothing.
    const indexed = new Set([...found.map(stemKey), ...spaced(text).trim().split(' ').map(stemKey)]);
    const added: AlternateTerm[] = [];
    const groups = [...mentions].sort(([a, x], [b, y]) => y - x || a - b).slice(0, maxGroups);
    for (const [i, count] of groups)
      for (const term of [...file.groups[i].en, ...file.groups[i].zh]) {
        if (hasHan(term)) {
          if (!indexed.has(term)) added.push({ term, mentions: count });
          indexed.add(term);
          continue;
        }
        const words = key(term)
          .split(' ')
          .filter((word) => !indexed.has(stemKey(word)));
        for (const word of words) indexed.add(stemKey(word));
        if (words.length > 0) added.push({ term: words.join(' '), mentions: count });
      }
    return added;
  };
}

/**
 * The groups a page is indexed with, those it mentions most: a page that touches every topic (the framework pages,
 * a long synthetic case) would otherwise carry forty added terms, and every added term is bytes in the index chunks
 * a search downloads.
 */
export const groupsPerPage = 6;

/** A term as Pagefind's English stemming sees it, roughly: each word without a plural or verb ending. */
const stemKey = (term: string) =>
  hasHan(term) ? term : term.replace(/(?:ies|es|s|ed|ing)(?= |$)/g, '').replace(/(?<=\w)e(?= |$)/g, '');

/**
 * Whether to index an added term on a page in a language: a page's own language's terms, and on Chinese pages the
 * short Latin terms Chinese writers use too (Wi-Fi, IoT, PPP, API, cloud). Each added term costs bytes in every
 * search that loads the page, so English phrases stay off Chinese pages and Chinese terms off English ones: the
 * search page offers the other language instead.
 */
export function termForLanguage(term: string, lang: string): boolean {
  if (lang === 'zh') return hasHan(term) || (!/\s/.test(term) && term.length <= 6);
  return !hasHan(term);
}

/**
 * How much an added term weighs in the ranking, against 1 for the page's own words: a page that mentions parking
 * ten times ranks above one that mentions it once for "停车位", yet both below a page that has the reader's word.
 */
export function alternateTermWeight(mentions: number): number {
  return Math.min(1, 0.25 + 0.125 * mentions);
}

/**
 * An HTML fragment without the elements Pagefind leaves out (`data-pagefind-ignore`, e.g. the related cases of a
 * case page): their words must not add alternate terms either. Counts nested elements of the same name, which is
 * enough for the well-formed HTML that Astro writes.
 */
export function withoutIgnored(html: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const tag = new RegExp(`<(/?)${match[1]}\\b[^>]*>`, 'gi');
    tag.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out += `${html.slice(from, match.index)} `;
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The text of an HTML fragment as Pagefind would read it, roughly: tags out, entities of note decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
}

/**
 * Elements whose text Pagefind would run into the next element's: it separates only the blocks it knows (p, li, td,
 * div, headings, …), and Astro writes no whitespace between elements, so a fact list indexed as
 * "ChinaChinaPilot city" and a case's facts as "cityShenzhen" made words no one types.
 */
const runOnElements =
  /<(\/?)(dt|dd|th|caption|figcaption|blockquote|summary|legend|figure|aside|header|dl|table|thead|tbody|tfoot|tr)\b/gi;

/**
 * The HTML given to Pagefind (a copy; the page on disk is untouched) with those elements written as `div`s, which
 * Pagefind ends as sentences: words stay apart in the index and excerpts read "China. Pilot city (Table 1).".
 * Attributes stay, `data-pagefind-ignore` among them.
 */
export function withSentenceBoundaries(html: string): string {
  return html.replace(runOnElements, '<$1div');
}

/**
 * How much a page's words weigh in the search ranking, by what the page is about: a case is about one thing (1); a
 * city's page about one city and many things (0.75); the glossary, the framework, the findings and the lists name
 * many (0.5). For a query that names a thing, the case about it should come before the city's page and the glossary
 * entry that mention it; a page that alone has the words is still found.
 */
export function pageWeight(sitePath: string): number {
  if (/^\/[a-z]{2}\/cases\/[^/]+\/$/.test(sitePath)) return 1;
  if (/^\/[a-z]{2}\/cities\/(?!latest\/)[^/]+\/$/.test(sitePath)) return cityPageWeight;
  return overviewWeight;
}
export const cityPageWeight = 0.75;

/** Pagefind's default weights of headings (https://pagefind.app/docs/weighting/). */
const headingWeights: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

/** The weight of the words of a page that names many things (see `pageWeight`). */
export const overviewWeight = 0.5;

/**
 * A page's indexed copy with its words weighed by `weight`: the main element's text and each heading (whose default
 * weight Pagefind would otherwise apply whatever its container says). Elements that already carry a weight keep it.
 */
export function weighted(html: string, weight: number): string {
  if (weight === 1) return html;
  return html
    .replace(/<main\b(?![^>]*data-pagefind-weight)/, `<main data-pagefind-weight="${weight}"`)
    .replace(
      /<(h[1-6])\b(?![^>]*data-pagefind-weight)/g,
      (_, tag: string) => `<${tag} data-pagefind-weight="${headingWeights[tag] * weight}"`,
    );
}
