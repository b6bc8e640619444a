import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicyFor } from '../../src/lib/content-security-policy';
import { deploySettings, withBase } from '../../src/lib/deploy-settings';
import { parseHeadersFile } from '../../src/lib/host-headers';
import { htmlLang } from '../../src/lib/languages';
import { builtPages, distDir } from './built-site';

// The build in dist/ was made with this environment's SITE_URL and BASE_PATH (the local defaults when unset).
const { site, base } = deploySettings(process.env);
const absolute = (path: string) => `${site}${withBase(base, path)}`;
const read = (file: string) => readFileSync(`${distDir}/${file}`, 'utf8');
const pages = builtPages().filter((p) => p.path !== '/404.html');
const entries = [...read('sitemap-0.xml').matchAll(/<url>(.*?)<\/url>/g)].map(([, url]) => ({
  loc: /<loc>([^<]+)<\/loc>/.exec(url)?.[1],
  alternates: Object.fromEntries(
    [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, l, h]) => [l, h]),
  ),
}));

describe('what a crawler and a host find', () => {
  it('lists every page of both languages in the sitemap, each with its other-language alternate', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(entries.map((e) => e.loc).sort()).toEqual(pages.map((p) => absolute(p.path)).sort());
    for (const { loc, alternates } of entries) {
      const path = loc!.slice(absolute('/').length - 1);
      if (path === '/') continue; // the language chooser is no page's translation
      const rest = path.replace(/^\/(zh|en)\//, '/');
      expect(alternates, loc).toEqual({ [htmlLang.en]: absolute(`/en${rest}`), [htmlLang.zh]: absolute(`/zh${rest}`) });
    }
  });

  it('names the sitemap in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}\n`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${absolute('/sitemap-0.xml')}</loc>`);
  });

  it('gives every page one canonical link to its own address; the 404 page asks not to be indexed', () => {
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      expect(
        [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]),
        page.path,
      ).toEqual([absolute(page.path)]);
    }
    expect(read('404.html')).toContain('<meta name="robots" content="noindex">');
  });

  it('sends one fixed policy, the one docs/deploy.md gives for nginx, since no page has inline scripts', () => {
    const policy = parseHeadersFile(read('_headers')).find((r) => r.path === withBase(base, '/en/*'))?.headers[
      'Content-Security-Policy'
    ];
    expect(policy).toBe(headerPolicyFor([], () => ''));
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });
});
