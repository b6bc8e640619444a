/**
 * Words glued together where two elements meet. Whether the line break between two inline elements in a
 * template becomes a space is up to the compiler's whitespace handling (Astro 7's `compressHTML: 'jsx'` drops
 * it: "AmsterdamNetherlands", "0+No rung proven"), so this gate looks at what Chromium lays out: on every
 * built page, each text run and the next one, in document order, that sit on the same line with no visual
 * gap, while the end of the one and the start of the next are both Latin letters or digits (or the end is the
 * sign closing a figure, + or %). Chinese runs touch by design. Text that is laid out but visually hidden (a
 * screen reader's country name after a city) counts, since it is read and indexed as written.
 */
import { describe, expect } from 'vitest';
import { builtPages } from '../site/built-site';
import { test } from './fixtures';

/** Runs in the page: every pair of consecutive text runs glued into one word, described. */
function gluedWords(): string[] {
  // A word's last character may also be a sign that closes a figure: "0+" then "No rung proven" is glued too.
  const wordEnd = /[\p{Script=Latin}\p{Nd}+%]/u;
  const wordStart = /[\p{Script=Latin}\p{Nd}]/u;
  const skipped = 'script, style, template, noscript, title';
  const label = (node: Text) => {
    const element = node.parentElement!;
    return `${element.localName}${[...element.classList].map((c) => `.${c}`).join('')}`;
  };
  const charRect = (node: Text, index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  // Text taken out of the flow (the visually hidden pattern: absolutely positioned, 1 px, clipped) sits at a
  // position that says nothing about a gap (it takes the place of the line's trailing space, or lands beside a
  // badge's padding), so there the markup decides: whitespace, a line break or a box boundary between the runs.
  const outOfFlow = (node: Text) => {
    for (let e = node.parentElement; e && e !== document.body; e = e.parentElement) {
      const position = getComputedStyle(e).position;
      if (position === 'absolute' || position === 'fixed') return true;
    }
    return false;
  };
  // A line break, or the start of a box that is not inline (a table cell, a block), separates like a space;
  // positioning out of the flow makes any box a block, so those count as what they were written as.
  const separates = (element: Element) => {
    if (element instanceof HTMLBRElement) return true;
    const { display, position } = getComputedStyle(element);
    return !(display.startsWith('inline') || display === 'contents' || position === 'absolute' || position === 'fixed');
  };
  type Run = {
    node: Text;
    first: DOMRect;
    last: DOMRect;
    firstChar: string;
    lastChar: string;
    /** Whitespace in the markup between the previous run and this one. */
    spaceBefore: boolean;
    /** The elements that start between the previous run and this one. */
    entered: Element[];
  };
  const runs: Run[] = [];
  let space = false;
  let entered: Element[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) entered.push(node);
    if (!(node instanceof Text) || node.parentElement?.closest(skipped)) continue;
    const start = node.data.search(/\S/);
    if (start < 0) {
      space ||= node.data.length > 0;
      continue;
    }
    const end = node.data.trimEnd().length - 1;
    const first = charRect(node, start);
    // Not laid out at all (display: none, a closed <details>): nobody sees or hears it next to anything.
    if (first.width === 0 && first.height === 0) continue;
    const run = { node, first, last: charRect(node, end), firstChar: node.data[start], lastChar: node.data[end] };
    runs.push({ ...run, spaceBefore: space || start > 0, entered });
    space = end < node.data.length - 1;
    entered = [];
  }
  const found: string[] = [];
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1], runs[i]];
    if (!wordEnd.test(a.lastChar) || !wordStart.test(b.firstChar)) continue;
    const overlap = Math.min(a.last.bottom, b.first.bottom) - Math.max(a.last.top, b.first.top);
    const sameLine = overlap >= Math.min(a.last.height, b.first.height) / 2;
    if (!sameLine) continue;
    // A space is 3 px or more at any size the site uses; touching glyphs are within a pixel, kerning included.
    const touching = Math.abs(b.first.left - a.last.right) < 1.5;
    const hidden = outOfFlow(a.node) || outOfFlow(b.node);
    if (hidden ? b.spaceBefore || b.entered.some(separates) : !touching) continue;
    const before = /[\p{L}\p{N}+%]+$/u.exec(a.node.data.trimEnd())![0];
    const after = /^[\p{L}\p{N}]+/u.exec(b.node.data.trimStart())![0];
    found.push(`"${before}|${after}" (${label(a.node)} | ${label(b.node)})`);
  }
  return found;
}

describe('whitespace between elements', () => {
  const pages = builtPages();

  test(
    'glues no words together on any built page, in either language',
    { timeout: 300_000 },
    async ({ site, page }) => {
      expect(pages.length).toBeGreaterThan(200);
      expect(pages.filter((p) => p.path.startsWith('/zh/')).length).toBe(
        pages.filter((p) => p.path.startsWith('/en/')).length,
      );
      // Loading dominates, so two tabs of the one context share the pages: 220 pages in about 22 s on two busy
      // cores, against 36 s in one tab (three tabs: 19 s).
      const tabs = [page, await site.context.newPage()];
      const queue = pages.map((p) => p.path);
      const glued: string[] = [];
      await Promise.all(
        tabs.map(async (tab) => {
          for (let path = queue.shift(); path; path = queue.shift()) {
            await tab.goto(site.url(path));
            for (const words of await tab.evaluate(gluedWords)) glued.push(`${path}: ${words}`);
          }
        }),
      );
      expect(glued.sort()).toEqual([]);
    },
  );
});
