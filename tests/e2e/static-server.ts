/**
 * A small static file server for dist/, so end-to-end tests run against the real build. Like a host set up
 * as docs/deploy.md says, it sends the headers of the build's `_headers` file (policy, caching, content
 * types), serves the site under its base path, and gzips text when the browser accepts it (Lighthouse
 * measures the bytes sent).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withoutBase } from '../../src/lib/deploy-settings';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/host-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.xml', '.txt']);

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, rules: HeaderRule[]) {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const headers: Record<string, string> = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    ...Object.fromEntries(Object.entries(headersFor(rules, pathname)).map(([k, v]) => [k.toLowerCase(), v])),
  };
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  res.writeHead(status, headers);
  if (gzip) res.end(gzipped(file));
  else createReadStream(file).pipe(res);
}

/**
 * Each file is gzipped once per server and kept (keyed by its modification time, so a rebuilt file is
 * compressed anew): the browser tests load the same few hundred files thousands of times, and compressing
 * them on every request was CPU taken from the browsers on the same two cores.
 */
const compressed = new Map<string, { mtime: number; body: Buffer }>();
function gzipped(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const kept = compressed.get(file);
  if (kept?.mtime === mtime) return kept.body;
  const body = gzipSync(readFileSync(file));
  compressed.set(file, { mtime, body });
  return body;
}

/** Serves `root` at `base` (`/` or `/sub/path/`); the URL it resolves to includes the base, without its last slash. */
export function serveDirectory(root: string, base = '/'): Promise<{ url: string; server: Server }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const sitePath = withoutBase(base, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    if (sitePath === undefined) {
      res.writeHead(404, { 'content-type': types['.html'] }).end('Not found: outside the site');
      return;
    }
    let file = normalize(join(root, sitePath));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) send(req, res, notFound, 404, rules);
      else res.writeHead(404, { 'content-type': types['.html'] }).end('Not found');
      return;
    }
    send(req, res, file, 200, rules);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, server });
    });
  });
}

/**
 * Stops a server from serveDirectory. The browser a worker shares across files may still hold a connection to it
 * (kept alive, or a request the page started as the test ended), and `close()` alone waits for every connection
 * to end: a file's last hook then timed out after 60 s. Every connection is ended here instead.
 */
export function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
