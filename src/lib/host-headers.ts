/**
 * The HTTP headers a host should send with the built site, as one list of rules. It is written as a
 * `_headers` file (the format Netlify, Cloudflare Pages and others read), documented as an nginx snippet in
 * docs/deploy.md, and read back by the end-to-end test server, so the tests run under the same headers.
 * Pure: the build integration (src/integrations/host-headers.ts) gives it the policy and the file names.
 *
 * Rules never overlap on a header: hosts that read `_headers` join the values of every matching rule, so a
 * `Cache-Control` in a catch-all rule would be merged into the immutable one of hashed files.
 */
import { withBase } from './deploy-settings';

export interface HeaderRule {
  /** A path from the host's root; a trailing `*` matches the rest of the path. */
  path: string;
  headers: Record<string, string>;
}

/** HTML and open data change with every build and keep their names: caches check back after five minutes. */
export const shortCache = 'public, max-age=300, must-revalidate';
/** Files whose name changes with their content (Astro's assets, Pagefind's index parts): cached for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';

/** Pagefind's index parts: gzip data it unpacks itself (hosts may compress them again; it copes). */
export const pagefindBinaryType = 'application/octet-stream';

interface SiteFiles {
  /** `/` or `/sub/path/`. */
  base: string;
  /** The Content-Security-Policy for every page, as the header carries it (frame-ancestors included). */
  policy: string;
  /** Languages of the page trees: `/en/`, `/zh/`. */
  languages: readonly string[];
  /** Pagefind's files, relative to its folder (`pagefind.js`, `fragment/en_1a2b.pf_fragment`, …). */
  pagefindFiles: readonly string[];
}

/** Pagefind names the parts of its index by their content; its entry files keep the same name. */
const hashedPagefindDirs = ['fragment/', 'index/', 'filter/'];
const hashedPagefindFile = /\.[0-9a-f]{6,}\.pf_meta$|_[0-9a-f]{6,}\.pf_meta$/;

function pagefindType(file: string): string | undefined {
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (/\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(file)) return pagefindBinaryType;
  return undefined;
}

export function headerRules({ base, policy, languages, pagefindFiles }: SiteFiles): HeaderRule[] {
  const at = (path: string) => withBase(base, path);
  // The policy and the referrer rule matter for documents only: sent with every page, not with every file,
  // which would add half a kilobyte of headers to each of a search's dozen or so downloads.
  const page = { 'Content-Security-Policy': policy, 'Referrer-Policy': 'strict-origin-when-cross-origin' };
  const rules: HeaderRule[] = [
    { path: at('/*'), headers: { 'X-Content-Type-Options': 'nosniff' } },
    { path: at('/'), headers: { ...page, 'Cache-Control': shortCache } },
    { path: at('/404.html'), headers: { ...page, 'Cache-Control': shortCache } },
    ...languages.map((lang) => ({ path: at(`/${lang}/*`), headers: { ...page, 'Cache-Control': shortCache } })),
    { path: at('/data/*'), headers: { 'Cache-Control': shortCache } },
    { path: at('/_astro/*'), headers: { 'Cache-Control': immutableCache } },
    // The self-assessment's cities, one file per language named by its content's hash (src/data/self-assessment.ts).
    {
      path: at('/self-assessment/*'),
      headers: { 'Cache-Control': immutableCache, 'Content-Type': 'application/json; charset=utf-8' },
    },
    // The search's traditional-to-simplified table, named by its content's hash (src/data/traditional.ts).
    {
      path: at('/search/*'),
      headers: { 'Cache-Control': immutableCache, 'Content-Type': 'application/json; charset=utf-8' },
    },
    ...hashedPagefindDirs.map((dir) => ({
      path: at(`/pagefind/${dir}*`),
      headers: { 'Cache-Control': immutableCache, 'Content-Type': pagefindBinaryType },
    })),
  ];
  for (const file of [...pagefindFiles].sort()) {
    if (hashedPagefindDirs.some((dir) => file.startsWith(dir))) continue;
    const type = pagefindType(file);
    const headers: Record<string, string> = {
      'Cache-Control': hashedPagefindFile.test(file) ? immutableCache : shortCache,
    };
    if (type) headers['Content-Type'] = type;
    rules.push({ path: at(`/pagefind/${file}`), headers });
  }
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Headers for hosts that read this format (Netlify, Cloudflare Pages, …); see docs/deploy.md.\n${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file: rules are a path line followed by indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule)
      throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rule.headers[match[1]] = match[2];
  });
  return rules;
}

const matchesPath = (pattern: string, pathname: string) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;

/** The headers for a request path, every matching rule's joined as hosts join them. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPath(rule.path, pathname)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
