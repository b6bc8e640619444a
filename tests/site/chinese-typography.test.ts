/** Chinese pages in Chinese typography: no ASCII colon or parenthesis beside Chinese text, headings first. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { halfWidthPunctuationInChinese } from '../../src/lib/chinese-typography';
import { builtPages, parsePage, textOf } from './built-site';

const zhPages = builtPages()
  .filter((p) => p.path.startsWith('/zh/'))
  .map((p) => ({ ...p, document: parsePage(readFileSync(p.file, 'utf8')) }));

describe('the Chinese pages', () => {
  it('use full-width colons and parentheses in their headings', () => {
    expect(zhPages.length).toBeGreaterThan(100);
    const found = zhPages.flatMap((p) =>
      p.document
        .querySelectorAll('h1, h2, h3, h4, caption, th')
        .flatMap((h) => halfWidthPunctuationInChinese(textOf(h)).map((m) => `${p.path}: ${m}`)),
    );
    expect(found).toEqual([]);
  });

  it('use them in the text of the page too', () => {
    const found = zhPages.flatMap((p) =>
      p.document
        .querySelectorAll('p, li, td, dt, dd, span, a, summary, label, legend, figcaption, option, button')
        .flatMap((e) => halfWidthPunctuationInChinese(textOf(e)).map((m) => `${p.path}: ${m}`)),
    );
    expect([...new Set(found)]).toEqual([]);
  });
});
