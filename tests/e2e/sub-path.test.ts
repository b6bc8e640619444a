import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { checkDeployment } from '../../scripts/lib/deployment-check';
import { brokenLinks } from '../site/built-site';
import { buildSite } from './build-lock';
import { test } from './fixtures';
import { searchDrawn } from './search-results';
import { serveDirectory, stopServer } from './static-server';

// The site built for a project page under a sub-path, as docs/deploy.md describes, checked like the main build:
// its links, and search in each language in Chromium, served under that path with the build's headers.
const base = '/smart-city-ladder/';
const outDir = 'dist-subpath';
let server: Server | undefined;
let root = '';

beforeAll(async () => {
  // Its own content store, so it never shares one with another test's build.
  await buildSite(outDir, { SITE_URL: 'https://example.org', BASE_PATH: base, SCL_CACHE_DIR: `${outDir}-cache` });
  const served = await serveDirectory(outDir, base);
  server = served.server;
  root = served.url;
}, 180_000);
afterAll(() => stopServer(server));

describe(`a build under ${base}`, () => {
  test('links only inside its path, to pages, files and anchors that exist', () => {
    expect(brokenLinks(outDir, base)).toEqual([]);
  });

  test('gives absolute addresses on the host under the path, and passes npm run check:deploy', async () => {
    const read = (file: string) => readFileSync(`${outDir}/${file}`, 'utf8');
    expect(read('robots.txt')).toContain(`Sitemap: https://example.org${base}sitemap-index.xml`);
    expect(read('sitemap-0.xml')).toContain(
      `<loc>https://example.org${base}zh/cases/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org${base}en/cases/"/>`,
    );
    expect(read('en/cases/index.html')).toContain(`<link rel="canonical" href="https://example.org${base}en/cases/">`);
    expect(await checkDeployment(`${root}/`)).toEqual([]);
  });

  test.for([
    { lang: 'en', query: 'parking', expected: 'qianhai-smart-parking' },
    { lang: 'zh', query: '停车', expected: 'qianhai-smart-parking' },
  ])('search in $lang finds pages under the path', async ({ lang, query, expected }, { site, page }) => {
    site.allowTestServer(root);
    await page.goto(`${root}/${lang}/search/?q=${encodeURIComponent(query)}`);
    const links = page.locator('[data-search-results] a');
    await links.first().waitFor({ timeout: 15_000 });
    await searchDrawn(page);
    const hrefs = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`${base}${lang}/cases/${expected}/`);
    expect(hrefs.every((href) => href.startsWith(`${base}${lang}/`))).toBe(true);
    // The language switch stays under the path too.
    const other = lang === 'en' ? 'zh' : 'en';
    expect(
      new URL(await page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).href)).pathname,
    ).toBe(`${base}${other}/search/`);
  });
});
