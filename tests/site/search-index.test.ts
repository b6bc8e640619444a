/**
 * What Pagefind indexed, read from its fragments in dist/pagefind/: words stay apart where two elements meet, and
 * a city's page is indexed by what is its own, not by what every city page repeats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { escapeRegExp, htmlText, withoutIgnored } from '../../src/lib/search-terms';
import { distDir, fileForPath } from './built-site';

/** Every indexed page's URL and the text Pagefind keeps for its excerpts (the words it indexed, in order). */
function indexedTexts(): Map<string, string> {
  const dir = join(distDir, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    // A fragment is gzipped JSON behind Pagefind's 12-byte signature.
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .toString('utf8')
        .slice(12),
    ) as {
      url: string;
      content: string;
    };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

const texts = indexedTexts();
const pagesUnder = (prefix: string) => [...texts.keys()].filter((url) => url.startsWith(prefix) && url !== prefix);

describe('the search index', () => {
  it('has the English case and city pages', () => {
    expect(pagesUnder('/en/cases/').length).toBeGreaterThan(40);
    expect(pagesUnder('/en/cities/').length).toBeGreaterThan(30);
  });

  it('keeps each fact of an English case or city page a word of its own, not run into the next', () => {
    const glued: string[] = [];
    for (const url of [...pagesUnder('/en/cases/'), ...pagesUnder('/en/cities/')]) {
      const html = readFileSync(fileForPath(url)!, 'utf8');
      const facts = [...html.matchAll(/<dd>([\s\S]*?)<\/dd>/g)].map((m) =>
        htmlText(withoutIgnored(m[1]))
          .replace(/\s+/g, ' ')
          .replace(/ ([,.;:)])/g, '$1')
          .trim(),
      );
      for (const fact of facts.filter(Boolean)) {
        // The fact with no letter or digit right before or after it (Pagefind ends a block with ". ").
        const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fact)}(?![\\p{L}\\p{N}])`, 'u');
        if (!alone.test(texts.get(url)!)) glued.push(`${url}: "${fact}"`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('indexes a city page by its name and its evidence, not by the explanations every city page repeats', () => {
    const korla = texts.get('/en/cities/korla/')!;
    expect(korla).toMatch(/^Korla\. China\. /);
    expect(korla).toContain('every pilot city has a smart-city governance system');
    for (const url of pagesUnder('/en/cities/')) {
      expect(texts.get(url), url).not.toContain(t('en', 'rating.disclaimer').slice(0, 40));
      expect(texts.get(url), url).not.toContain(t('en', 'next.title'));
    }
  });
});
