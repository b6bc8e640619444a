/**
 * The language switch without JavaScript: on every built page of either language, it links to the same page in the
 * other language, and that page exists. (With JavaScript it also carries the query and #anchor: the catalogue,
 * search and self-assessment browser tests check that.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, parsePage } from './built-site';

const other = { en: 'zh', zh: 'en' } as const;

describe('the language switch', () => {
  const pages = builtPages().filter((p) => /^\/(en|zh)\//.test(p.path));

  it('is on every page of both languages, linking to the same page in the other language, which exists', () => {
    expect(pages.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    for (const { path, file } of pages) {
      const lang = path.slice(1, 3) as keyof typeof other;
      const expected = `/${other[lang]}${path.slice(3)}`;
      const switches = parsePage(readFileSync(file, 'utf8')).querySelectorAll('a[data-lang-switch]');
      const href = switches[0]?.getAttribute('href')?.value;
      if (switches.length !== 1 || href !== expected || !fileForPath(expected)) wrong.push(`${path}: ${String(href)}`);
    }
    expect(wrong).toEqual([]);
  });
});
