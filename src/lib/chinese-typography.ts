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

const markTag = '(?:</?mark>)?';
/** Pagefind's ". " after a block that ends in Chinese, a `<mark>` of the excerpt's between them or not. */
const pagefindStopAfterHan = new RegExp(`(${han})(${markTag})\\. ?`, 'gu');
/** A space between a full-width mark and the Chinese that follows it. */
const spaceAfterFullWidth = new RegExp(
  `([\\u3000-\\u303f\\uff00-\\uffef])(${markTag}) +(?=${markTag}(?:${han}))`,
  'gu',
);

/**
 * A Pagefind excerpt of Chinese text set as Chinese: Pagefind puts zero-width spaces between the words it found
 * and ends each block it joins with ". " (an English full stop and a space), where Chinese writes "。" and no space.
 * Text in other scripts is left as it is. Works on the excerpt's HTML, `<mark>` tags and all.
 */
export function chineseExcerpt(excerpt: string): string {
  return excerpt
    .replace(/\u200b/g, '')
    .replace(pagefindStopAfterHan, '$1$2。')
    .replace(spaceAfterFullWidth, '$1$2');
}
