import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DIST } from './built-site';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticSite {
  /** The site's root URL, such as `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Changes the headers that `_headers` gives a response, for tests that prove each part of
   * the policy is needed (default: none).
   */
  editHeaders?: (headers: Map<string, string>, path: string) => void;
}

/**
 * Serves a built site on 127.0.0.1, the way a static host would: `/x/` serves `x/index.html`,
 * unknown paths get `404.html` with status 404, every file has its proper type (Pagefind's
 * WebAssembly needs `application/wasm`), and the site's `_headers` file applies as on Netlify
 * and Cloudflare Pages, so browser tests run under the security headers we ship.
 */
export async function serveStatic(root = DIST, options: ServeOptions = {}): Promise<StaticSite> {
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = headersFor(rules, path);
    options.editHeaders?.(headers, path);
    for (const [name, value] of headers) response.setHeader(name, value);
    let file = normalize(join(root, path));
    // Hosts read `_headers` and never serve it.
    if (!file.startsWith(root) || path === '/_headers') {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
