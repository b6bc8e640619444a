/**
 * A small static file server for dist/, so end-to-end tests run against the real build. Like any
 * static host it gzips text when the browser accepts it (Lighthouse measures the bytes sent).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv']);

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number) {
  const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  res.writeHead(status, headers);
  const body = createReadStream(file);
  if (gzip) body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
}

export function serveDirectory(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) send(req, res, notFound, 404);
      else res.writeHead(404, { 'content-type': types['.html'] }).end('Not found');
      return;
    }
    send(req, res, file, 200);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}
