import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../src/lib/content-security-policy';
import { deploySettings } from '../../src/lib/deploy-settings';
import { brokenLinks, builtPages, distDir, fileForPath, firstVisit, gzippedSize } from './built-site';

const pages = builtPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the built site', () => {
  it('has every page in both languages', () => {
    const zh = pages.filter((p) => p.path.startsWith('/zh/')).map((p) => p.path.slice(3));
    const en = pages.filter((p) => p.path.startsWith('/en/')).map((p) => p.path.slice(3));
    expect(zh.length).toBeGreaterThan(100);
    expect(zh).toEqual(en);
  });

  it('is valid HTML under html-validate:recommended', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // A group of checkboxes sharing one name is how HTML sends a multi-valued field (the catalogue's
      // facets); the rule's default lets only radios share. Its own option says so.
      rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
    });
    const problems: string[] = [];
    expect(pages.length).toBeGreaterThan(200);
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const message of report.results.flatMap((r) => r.messages)) {
        problems.push(
          `${page.path}: ${message.ruleId}: ${message.message} (${message.selector ?? `line ${message.line}`})`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('links only to pages, files and anchors that exist', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(brokenLinks(distDir, deploySettings(process.env).base)).toEqual([]);
  });
});

// The page budgets, all compressed (gzip -9): a content page's first visit at most 35 KB, HTML,
// CSS, fonts and images together, and no JavaScript; an interactive page at most 60 KB of its own
// JavaScript (Pagefind's files load on use and are counted apart). The one script every page has is the
// layout's language switch (src/scripts/lang-switch.ts), which carries the reader's query and anchor into the
// other language; it stays under 1 KB, the same file on every page.
const contentPage = /^\/(zh|en)\/(cases\/[^/]+|cities\/[^/]+|framework\/[^/]*|findings)\/$/;
const interactivePages = ['/cases/', '/cities/', '/search/', '/self-assessment/'];
const contentBudget = 35 * 1024;
const scriptBudget = 60 * 1024;
const layoutScript = /^\/_astro\/BaseLayout\.astro_astro_type_script_/;
const layoutScriptBudget = 1024;

describe('page budgets', () => {
  const weight = (files: string[]) => files.reduce((sum, path) => sum + gzippedSize(fileForPath(path)!), 0);

  it('content pages ship no JavaScript and weigh at most 35 KB compressed on a first visit', () => {
    const measured = pages.filter((p) => contentPage.test(p.path));
    expect(measured.length).toBeGreaterThan(100);
    const over: string[] = [];
    let heaviest = { path: '', bytes: 0 };
    for (const page of measured) {
      const { styles, scripts, images } = firstVisit(page.html);
      const layout = scripts
        .filter((src) => layoutScript.test(src))
        .flatMap((src) => firstVisit(`<script src="${src}">`).scripts);
      const own = scripts.filter((src) => !layout.includes(src));
      if (own.length > 0 || inlineScripts(page.html).length > 0) over.push(`${page.path}: ships JavaScript`);
      if (weight(layout) > layoutScriptBudget)
        over.push(`${page.path}: the language switch weighs ${kB(weight(layout))}`);
      const bytes = gzippedSize(page.file) + weight([...styles, ...images, ...layout]);
      if (bytes > contentBudget) over.push(`${page.path}: ${kB(bytes)} compressed, over ${kB(contentBudget)}`);
      if (bytes > heaviest.bytes) heaviest = { path: page.path, bytes };
    }
    console.log(
      `heaviest content page: ${heaviest.path} at ${kB(heaviest.bytes)} compressed (${measured.length} pages measured)`,
    );
    expect(over).toEqual([]);
  });

  it.each(['zh', 'en'])(
    'the %s catalogue, cities, search and self-assessment pages ship at most 60 KB of their own JavaScript',
    (lang) => {
      const over: string[] = [];
      for (const path of interactivePages.map((p) => `/${lang}${p}`)) {
        const page = pages.find((p) => p.path === path)!;
        const { scripts } = firstVisit(page.html);
        const own = scripts.filter((src) => !src.startsWith('/pagefind/'));
        const bytes = weight(own) + inlineScripts(page.html).reduce((sum, s) => sum + Buffer.byteLength(s), 0);
        console.log(`${path}: ${kB(bytes)} of its own JavaScript`);
        if (bytes > scriptBudget) over.push(`${path}: ${kB(bytes)} of JavaScript compressed, over ${kB(scriptBudget)}`);
      }
      expect(over).toEqual([]);
    },
  );
});
