/**
 * Checks a deployed copy of the site: a few addresses, each with the status, content type and headers a
 * host set up as docs/deploy.md says should send. `npm run check:deploy -- <address>` runs it.
 */
export interface Finding {
  path: string;
  /** A problem fails the check; a note is what a host that cannot send headers lacks. */
  level: 'problem' | 'note';
  message: string;
}

interface Probe {
  path: string;
  status: number;
  type: RegExp;
  /** Pages must carry the policy, in a header or at least in their <meta>. */
  page?: boolean;
  cache?: 'short' | 'immutable';
}

const probes: Probe[] = [
  { path: '', status: 200, type: /^text\/html/, page: true, cache: 'short' },
  { path: 'en/', status: 200, type: /^text\/html/, page: true, cache: 'short' },
  { path: 'zh/', status: 200, type: /^text\/html/, page: true, cache: 'short' },
  { path: 'en/search/', status: 200, type: /^text\/html/, page: true, cache: 'short' },
  { path: 'zh/self-assessment/', status: 200, type: /^text\/html/, page: true, cache: 'short' },
  { path: 'pagefind/pagefind.js', status: 200, type: /^(text|application)\/javascript/, cache: 'short' },
  { path: 'pagefind/pagefind-entry.json', status: 200, type: /^application\/json/, cache: 'short' },
  { path: 'data/cities.csv', status: 200, type: /^text\/csv/, cache: 'short' },
  { path: 'sitemap-index.xml', status: 200, type: /xml/ },
  { path: 'robots.txt', status: 200, type: /^text\/plain/ },
  { path: 'no-such-page/', status: 404, type: /^text\/html/ },
];

type Fetch = (url: string) => Promise<Response>;

export async function checkDeployment(address: string, fetchUrl: Fetch = fetch): Promise<Finding[]> {
  const root = address.endsWith('/') ? address : `${address}/`;
  const findings: Finding[] = [];
  const problem = (path: string, message: string) => findings.push({ path, level: 'problem', message });
  const note = (path: string, message: string) => findings.push({ path, level: 'note', message });
  for (const probe of probes) {
    const path = `/${probe.path}`;
    let response: Response;
    try {
      response = await fetchUrl(new URL(probe.path, root).href);
    } catch (error) {
      problem(path, `could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const body = await response.text();
    if (response.status !== probe.status) problem(path, `status ${response.status}, expected ${probe.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!probe.type.test(type)) problem(path, `content type "${type}", expected ${probe.type}`);
    if (probe.page) {
      const header = response.headers.get('content-security-policy');
      if (!/<meta http-equiv="Content-Security-Policy"/.test(body))
        problem(path, 'has no Content-Security-Policy <meta>');
      if (header === null) note(path, 'no Content-Security-Policy header: framing by other sites is not forbidden');
      else if (!/frame-ancestors 'none'/.test(header)) problem(path, `policy header lacks frame-ancestors 'none'`);
      // A page that links its assets outside the base was built for another BASE_PATH.
      const basePath = new URL(root).pathname;
      for (const [, ref] of body.matchAll(/\s(?:href|src)="(\/[^"/][^"]*)"/g))
        if (!ref.startsWith(basePath)) {
          problem(path, `links ${ref}, outside the site's path ${basePath}: was it built with BASE_PATH=${basePath}?`);
          break;
        }
    }
    const cache = response.headers.get('cache-control');
    if (probe.cache && cache === null) note(path, 'no Cache-Control header: the host decides how long copies last');
    else if (probe.cache === 'short' && cache && /immutable/.test(cache))
      problem(path, `cached as immutable ("${cache}"), but it keeps its name from build to build`);
  }
  const html = await fetchUrl(new URL('en/', root).href).then(
    (r) => r.text(),
    () => '',
  );
  const asset = /\s(?:href|src)="([^"]*\/_astro\/[^"]+)"/.exec(html)?.[1];
  if (asset) {
    const response = await fetchUrl(new URL(asset, root).href);
    await response.arrayBuffer();
    const cache = response.headers.get('cache-control');
    if (response.status !== 200) problem(asset, `status ${response.status}, expected 200`);
    if (cache === null)
      note(asset, 'no Cache-Control header on a content-hashed file, which could be cached for a year');
    else if (!/immutable/.test(cache)) note(asset, `content-hashed file cached only as "${cache}"`);
  }
  return findings;
}
