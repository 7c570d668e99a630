import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DIST } from './built-site';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

/** The content type served for each file extension of a built site. */
export const TYPES: Record<string, string> = {
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
  /** CSP violation reports the browser sent (see `reportCsp`), one line each. */
  cspReports: string[];
  close(): Promise<void>;
}

/** Where the browser posts CSP violation reports when `reportCsp` is on. */
const REPORT_PATH = '/__csp-report';

export interface ServeOptions {
  /**
   * Changes the headers that `_headers` gives a response, for tests that prove each part of
   * the policy is needed (default: none).
   */
  editHeaders?: (headers: Map<string, string>, path: string) => void;
  /**
   * Adds `report-uri` to every Content-Security-Policy header and collects what the browser
   * reports there, from pages and from workers alike (default: false). The shipped policy has
   * no report endpoint: a static site has nowhere to receive them.
   */
  reportCsp?: boolean;
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
  const cspReports: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (options.reportCsp && path === REPORT_PATH && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        cspReports.push(describeReport(body));
        response.writeHead(204).end();
      });
      return;
    }
    const headers = headersFor(rules, path);
    options.editHeaders?.(headers, path);
    const policy = headers.get('content-security-policy');
    if (options.reportCsp && policy) headers.set('content-security-policy', `${policy}; report-uri ${REPORT_PATH}`);
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
    cspReports,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `worker-src blocked http://…/x.js on http://…/search/`, from a report-uri JSON report. */
function describeReport(body: string): string {
  try {
    const report = (JSON.parse(body) as { 'csp-report'?: Record<string, string> })['csp-report'] ?? {};
    return `${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri'] || 'inline code'} on ${report['document-uri']}`;
  } catch {
    return body;
  }
}
