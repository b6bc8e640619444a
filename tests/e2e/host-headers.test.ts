import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { immutableCache, shortCache } from '../../src/lib/host-headers';
import { checkDeployment } from '../../scripts/lib/deployment-check';
import { baseURL, test } from './fixtures';
import { check } from './settled';

// The test server sends the build's `_headers` as a host would (tests/e2e/static-server.ts); these are the
// headers docs/deploy.md asks hosts to send.
const headersOf = async (path: string) => {
  const response = await fetch(`${baseURL()}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status, path).toBe(200);
  await response.arrayBuffer();
  return response.headers;
};
/** The first file of one of Pagefind's folders of hashed index parts. */
const pagefindFile = (dir: string) => {
  const files = readdirSync(`dist/pagefind/${dir}`).sort();
  expect(files.length, dir).toBeGreaterThan(0);
  return `/pagefind/${dir}/${files[0]}`;
};

describe('headers for hosts', () => {
  test('pages carry the policy with frame-ancestors, a short cache and compression', async () => {
    for (const path of ['/', '/en/', '/zh/cases/', '/en/search/', '/zh/self-assessment/']) {
      const headers = await headersOf(path);
      expect(headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(headers.get('content-security-policy'), path).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      expect(headers.get('cache-control'), path).toBe(shortCache);
      expect(headers.get('content-encoding'), path).toBe('gzip');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  test('hashed files are cached for a year, open data and Pagefind entry files briefly', async () => {
    const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync('dist/en/index.html', 'utf8'))?.[1];
    expect(asset).toBeDefined();
    expect((await headersOf(asset!)).get('cache-control')).toBe(immutableCache);
    for (const dir of ['fragment', 'index', 'filter']) {
      const headers = await headersOf(pagefindFile(dir));
      expect(headers.get('cache-control'), dir).toBe(immutableCache);
      expect(headers.get('content-type'), dir).toBe('application/octet-stream');
    }
    expect((await headersOf('/pagefind/pagefind.js')).get('cache-control')).toBe(shortCache);
    expect((await headersOf('/pagefind/pagefind.js')).get('content-type')).toMatch(/^text\/javascript/);
    expect((await headersOf('/pagefind/wasm.en.pagefind')).get('content-type')).toBe('application/octet-stream');
    const csv = await headersOf('/data/cities.csv');
    expect(csv.get('cache-control')).toBe(shortCache);
    expect(csv.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  test('search and the self-assessment work under the header policy', async ({ site, page }) => {
    const policies: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document')
        policies.push(response.headers()['content-security-policy']);
    });
    await site.goto('/zh/search/?q=%E5%81%9C%E8%BD%A6');
    await page.locator('[data-search-results] a').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    await site.goto('/en/self-assessment/');
    await check(page.locator('input[name="governance.basic.departmental"][value=yes]'));
    await expect.poll(() => page.locator('[data-level-for="governance"]').textContent()).toMatch(/^Basic/);
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(policy).toMatch(/frame-ancestors 'none'/);
  });
});

describe('npm run check:deploy', () => {
  /** The test server behind another host: only the status, the body and the content type come through. */
  const withoutHeaders =
    (strip = ''): typeof fetch =>
    async (input) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const response = await fetch(url.replace(strip, ''));
      return new Response(await response.text(), {
        status: response.status,
        headers: { 'content-type': response.headers.get('content-type') ?? '' },
      });
    };

  test('finds nothing wrong with the test server, which sends the headers', async () => {
    expect(await checkDeployment(baseURL())).toEqual([]);
  });
  test('notes what a host that sends no headers lacks, without failing it', async () => {
    const findings = await checkDeployment(baseURL(), withoutHeaders());
    expect(findings).toContainEqual({
      path: '/en/',
      level: 'note',
      message: 'no Content-Security-Policy header: framing by other sites is not forbidden',
    });
    expect(findings.filter((f) => f.level === 'problem')).toEqual([]);
  });
  test('fails a copy built for another sub-path, naming the variable', async () => {
    const findings = await checkDeployment(`${baseURL()}/ladder/`, withoutHeaders('/ladder'));
    const problem = findings.find((f) => f.path === '/en/' && f.level === 'problem');
    expect(problem?.message).toMatch(/outside the site's path \/ladder\/: was it built with BASE_PATH=\/ladder\/\?/);
  });
});
