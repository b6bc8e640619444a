/**
 * Chinese typography: in Chinese text the colon and parentheses are full-width (： （ ）), never the ASCII ones
 * English uses. Pure; the tests run it over the dictionary and the built Chinese pages.
 */

const han = '\\p{Script=Han}|[\\u3000-\\u303f\\uff00-\\uffef]';
/** An ASCII colon or parenthesis with a Chinese character or full-width mark beside it, spaces aside. */
const halfWidthBesideHan = new RegExp(`(?:${han})[ \\t]*[:()]|[:()][ \\t]*(?:${han})`, 'gu');

/** Each place in a text where an ASCII colon or parenthesis touches Chinese, with a little context. */
export function halfWidthPunctuationInChinese(text: string): string[] {
  return [...text.matchAll(halfWidthBesideHan)].map((m) =>
    text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8),
  );
}
