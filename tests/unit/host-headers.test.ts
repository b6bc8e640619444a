import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  headerRules,
  headersFor,
  immutableCache,
  parseHeadersFile,
  shortCache,
} from '../../src/lib/host-headers';

const policy = "default-src 'self'; frame-ancestors 'none'";
const pagefindFiles = [
  'pagefind.js',
  'pagefind-entry.json',
  'wasm.en.pagefind',
  'pagefind.en_4f3c4d4c9b.pf_meta',
  'fragment/en_15feb4f.pf_fragment',
  'index/en_42485cd.pf_index',
  'filter/en_16c2e73.pf_filter',
];
const rules = (base = '/') => headerRules({ base, policy, languages: ['zh', 'en'], pagefindFiles });

describe('the headers a host sends', () => {
  it('sends the policy with every page, nosniff with every file, and a cache fit for each kind', () => {
    const at = (path: string) => headersFor(rules(), path);
    for (const path of ['/', '/en/cases/', '/zh/', '/404.html'])
      expect(at(path)['Content-Security-Policy'], path).toBe(policy);
    for (const path of ['/_astro/global.css', '/data/cities.csv', '/pagefind/pagefind.js']) {
      expect(at(path)['Content-Security-Policy'], path).toBeUndefined();
      expect(at(path)['X-Content-Type-Options'], path).toBe('nosniff');
    }
    expect(at('/en/cases/')['Cache-Control']).toBe(shortCache);
    expect(at('/')['Cache-Control']).toBe(shortCache);
    expect(at('/data/levels.csv')['Cache-Control']).toBe(shortCache);
    expect(at('/_astro/global.StsAjtvH.css')['Cache-Control']).toBe(immutableCache);
    expect(at('/pagefind/fragment/en_15feb4f.pf_fragment')['Cache-Control']).toBe(immutableCache);
    expect(at('/pagefind/pagefind.en_4f3c4d4c9b.pf_meta')['Cache-Control']).toBe(immutableCache);
    // Pagefind's entry points keep their names from build to build: a long cache would pin an old index.
    expect(at('/pagefind/pagefind.js')['Cache-Control']).toBe(shortCache);
    expect(at('/pagefind/pagefind-entry.json')['Cache-Control']).toBe(shortCache);
    expect(at('/pagefind/wasm.en.pagefind')['Cache-Control']).toBe(shortCache);
  });
  it('gives Pagefind files their content types', () => {
    expect(headersFor(rules(), '/pagefind/pagefind.js')['Content-Type']).toMatch(/^text\/javascript/);
    expect(headersFor(rules(), '/pagefind/pagefind-entry.json')['Content-Type']).toMatch(/^application\/json/);
    expect(headersFor(rules(), '/pagefind/wasm.en.pagefind')['Content-Type']).toBe('application/octet-stream');
    expect(headersFor(rules(), '/pagefind/index/en_42485cd.pf_index')['Content-Type']).toBe('application/octet-stream');
  });
  it('never lets two rules set the same header on one path, since hosts would join their values', () => {
    const paths = [
      '/',
      '/en/',
      '/404.html',
      '/data/x.json',
      '/_astro/a.js',
      ...pagefindFiles.map((f) => `/pagefind/${f}`),
    ];
    for (const path of paths) expect(headersFor(rules(), path)['Cache-Control'], path).not.toContain(',  ');
    for (const path of paths) expect(headersFor(rules(), path)['Cache-Control']?.split('max-age').length, path).toBe(2);
  });
  it('puts every rule under the base path', () => {
    const under = rules('/smart-city-ladder/');
    expect(under.every((rule) => rule.path.startsWith('/smart-city-ladder/'))).toBe(true);
    expect(headersFor(under, '/smart-city-ladder/_astro/a.js')['Cache-Control']).toBe(immutableCache);
    expect(headersFor(under, '/_astro/a.js')['Cache-Control']).toBeUndefined();
  });
  it('reads back what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules()))).toEqual(rules());
  });
  it('rejects a header line outside a rule, naming the line', () => {
    expect(() => parseHeadersFile('  Cache-Control: no-store\n')).toThrow(/line 1/);
  });
});
