/** Reads the built site in dist/: its pages, what each links to, and what a first visit downloads. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { withBase, withoutBase } from '../../src/lib/deploy-settings';

export const distDir = 'dist';

/** Every built page as its URL path (`/en/cases/`, `/404.html`), with its file. */
export function builtPages(dir = distDir): { path: string; file: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: `/${f.replace(/index\.html$/, '')}`, file: join(dir, f) }));
}

/** The file a site path is served from, or undefined when nothing is there. */
export function fileForPath(path: string, dir = distDir): string | undefined {
  const file = join(dir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const attributeValues = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((m) => m[1].replace(/&amp;/g, '&'));

/** A URL that stays on the site: no scheme (http:, mailto:, data:) and no other host. */
const staysOnSite = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

/** Links and resources of a page that stay on the site: href and src attributes not pointing elsewhere. */
export function internalReferences(html: string): string[] {
  return attributeValues(html, /\s(?:href|src)="([^"]*)"/g).filter(staysOnSite);
}

export const idsOf = (html: string) => new Set(attributeValues(html, /\sid="([^"]+)"/g));

/**
 * Every link and resource of every page that leads nowhere: no page or file there, or no element with the
 * anchor's id. `base` is the path the build was made for (BASE_PATH); a link outside it is broken too.
 */
export function brokenLinks(dir = distDir, base = '/'): string[] {
  const broken: string[] = [];
  const pages = builtPages(dir);
  const origin = 'http://site';
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const pageUrl = new URL(withBase(base, page.path), origin);
    for (const reference of new Set(internalReferences(html))) {
      const url = new URL(reference, pageUrl);
      const sitePath = withoutBase(base, url.pathname);
      const target =
        sitePath === undefined ? undefined : url.pathname === pageUrl.pathname ? page.file : fileForPath(sitePath, dir);
      if (!target) {
        broken.push(
          `${page.path}: ${reference}: ${sitePath === undefined ? `outside ${base}` : 'no such page or file'}`,
        );
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(anchor)) {
        broken.push(`${page.path}: ${reference}: no element with id "${anchor}"`);
      }
    }
  }
  return broken;
}

export const gzippedSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Site paths a file pulls in before it is of use: a module's static imports, a stylesheet's url()s (fonts, images). */
function dependencies(path: string): string[] {
  const file = fileForPath(path);
  if (!file) return [];
  const text = readFileSync(file, 'utf8');
  const found = path.endsWith('.css')
    ? [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1])
    : // Static imports only: `import x from"./a.js"`, `import"./a.js"`; dynamic import() loads on use.
      [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)].map((m) => m[1]);
  return found.filter(staysOnSite).map((url) => new URL(url, `http://site${path}`).pathname);
}

/** A list of site paths with everything they pull in, each once. */
function withDependencies(paths: string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    dependencies(path).forEach(visit);
  };
  paths.forEach(visit);
  return [...seen];
}

/** What a first visit to a page downloads, by kind: the page, its stylesheets (with their fonts and images), its
 * scripts (with the modules they import) and images. */
export function firstVisit(html: string): { styles: string[]; scripts: string[]; images: string[] } {
  return {
    styles: withDependencies(attributeValues(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)),
    scripts: withDependencies(attributeValues(html, /<script[^>]*src="([^"]+)"/g)),
    images: [
      ...attributeValues(html, /<img[^>]*src="([^"]+)"/g),
      ...attributeValues(html, /<link[^>]*rel="icon"[^>]*href="([^"]+)"/g),
    ],
  };
}

const parser = new Parser(await new StaticConfigLoader().getConfigFor('page.html'));

/** A built page's document, queried with CSS selectors (html-validate's own DOM). */
export const parsePage = (html: string): HtmlElement => parser.parseHtml(html);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An element's text as a reader sees it: entities decoded, whitespace collapsed. */
export const textOf = (element: HtmlElement) =>
  element.textContent
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec: string, hex: string, name: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : (entities[name] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
