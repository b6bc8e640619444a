/**
 * Traditional Chinese queries searched in simplified characters. The site's text and index are simplified; a reader
 * in Hong Kong, Taiwan or abroad may type 開放數據 or 雲端運算. The build makes a table from OpenCC's dictionaries
 * (Taiwan and Hong Kong variants and phrases, then traditional to simplified, as OpenCC's tw2sp and hk2s chains do),
 * kept to the entries whose simplified side the site's text can match, and the search page converts a query by the
 * longest entry first, as OpenCC does. Pure and browser-safe; src/data/traditional.ts reads the dictionaries.
 */

const han = /\p{Script=Han}/u;

/** An OpenCC dictionary as opencc-js ships it ("開 开|開放 开放|乾 干 乾"): each key with its first value. */
export function parseOpenccDictionary(text: string): [string, string][] {
  return text
    .split('|')
    .map((entry) => entry.split(' '))
    .filter((parts) => parts.length >= 2 && parts[0] !== '')
    .map(([key, value]) => [key, value]);
}

/** A longest-match conversion table: each key with what it becomes, and the longest key's length in characters. */
export interface ConversionTable {
  entries: Record<string, string>;
  longest: number;
}

export function conversionTable(entries: Iterable<[string, string]>): ConversionTable {
  const table: Record<string, string> = {};
  let longest = 1;
  for (const [key, value] of entries) {
    table[key] ??= value;
    longest = Math.max(longest, [...key].length);
  }
  return { entries: table, longest };
}

/** Converts a text by the table, the longest key first at each place; what no key covers stays as it is. */
export function convert(text: string, table: ConversionTable): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length;) {
    let matched = false;
    for (let length = Math.min(table.longest, chars.length - i); length >= 1; length--) {
      const key = chars.slice(i, i + length).join('');
      const value = table.entries[key];
      if (value === undefined) continue;
      out += value;
      i += length;
      matched = true;
      break;
    }
    if (!matched) out += chars[i++];
  }
  return out;
}

/** What the search page fetches when a query has a traditional character: the table, as one object. */
export interface SimplifiedFile {
  entries: Record<string, string>;
}

/**
 * The site's table: OpenCC's regional stage (variants and phrases to OpenCC's traditional standard) then its
 * traditional-to-simplified stage, composed into one, each key with what the two stages make of it. An entry is kept
 * when it changes its key (or keeps a phrase whole that its characters alone would change: 乾隆 is not 干隆) and
 * every Han character it gives is in the site's text: another could match nothing here, and the file stays a few
 * kilobytes.
 */
export function simplifiedTable(
  regional: readonly [string, string][],
  toSimplified: readonly [string, string][],
  siteCharacters: ReadonlySet<string>,
): SimplifiedFile {
  const first = conversionTable(regional);
  const second = conversionTable(toSimplified);
  const onSite = (text: string) => [...text].every((c) => !han.test(c) || siteCharacters.has(c));
  const singles = new Set(toSimplified.filter(([k, v]) => [...k].length === 1 && k !== v).map(([k]) => k));
  const entries: Record<string, string> = {};
  for (const key of new Set([...regional.map(([k]) => k), ...toSimplified.map(([k]) => k)])) {
    const value = convert(convert(key, first), second);
    // A key the site's own text could have is left as typed: Taiwan's 智慧 is the mainland's 智能, but on this site
    // 智慧城市 is the paper's word.
    if (onSite(key)) continue;
    const keepsWhole = [...key].length > 1 && [...key].some((c) => singles.has(c));
    if ((value !== key || keepsWhole) && onSite(value)) entries[key] = value;
  }
  return { entries };
}

/**
 * The characters that make a query worth converting: those of the table's keys that the site's text never uses.
 * Shipped in the search page, so the table is fetched only for a query that has one of them.
 */
export function traditionalCharacters(file: SimplifiedFile, siteCharacters: ReadonlySet<string>): string {
  const found = new Set<string>();
  for (const key of Object.keys(file.entries))
    for (const c of key) if (han.test(c) && !siteCharacters.has(c)) found.add(c);
  return [...found].sort().join('');
}

/** Whether a query has a character of the list (`traditionalCharacters`). */
export const hasTraditional = (query: string, characters: string): boolean =>
  [...query].some((c) => han.test(c) && characters.includes(c));

/** The Han characters of some texts, as a set. */
export function hanCharacters(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const c of text) if (han.test(c)) found.add(c);
  return found;
}
