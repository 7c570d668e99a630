import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';
import { DIST } from './site-build';

export interface StaticSite {
  /** The site's root URL, such as `http://127.0.0.1:41234/`. */
  url: string;
  /** CSP violation reports the browser sent (see `reportCsp`), one line each. */
  cspReports: string[];
  /** Stops serving: ends every connection at once, the browser's kept-alive ones among them. */
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
 * The content type a host gives a file, by its name: text types in UTF-8, and
 * `application/octet-stream` for a name it does not know (Pagefind's `.pf_fragment`…).
 */
export function contentType(fileName: string): string {
  const type = lookup(extname(fileName)) ?? 'application/octet-stream';
  return /^text\/|json$|xml$/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Serves a built site on 127.0.0.1, the way a static host would, with `sirv`: `/x/` serves
 * `x/index.html`, files get their proper type (Pagefind's WebAssembly needs
 * `application/wasm`) and are revalidated by ETag, unknown paths get `404.html` with status
 * 404, and the site's `_headers` file applies as on Netlify and Cloudflare Pages (and is never
 * served itself), so browser tests run under the security headers we ship.
 */
export async function serveStatic(root = DIST, options: ServeOptions = {}): Promise<StaticSite> {
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const cspReports: string[] = [];
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'], onNoMatch: notFound(root) });
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (options.reportCsp && path === REPORT_PATH && request.method === 'POST') {
      collectReport(request, response, cspReports);
      return;
    }
    const headers = headersFor(rules, path);
    options.editHeaders?.(headers, path);
    const policy = headers.get('content-security-policy');
    if (options.reportCsp && policy) headers.set('content-security-policy', `${policy}; report-uri ${REPORT_PATH}`);
    for (const [name, value] of headers) response.setHeader(name, value);
    // Hosts read `_headers` and never serve it.
    if (path === '/_headers') {
      notFound(root)(request, response);
      return;
    }
    // sirv keeps a type set here; it would send none for a name `mrmime` does not know.
    if (extname(path)) response.setHeader('content-type', contentType(path));
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    cspReports,
    // `close` alone waits for every open connection to end, and a browser may keep one open for
    // minutes: without `closeAllConnections` a test's clean-up could wait that long, or for ever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The site's own 404 page, with status 404, as hosts serve it for a path that has no file. */
function notFound(root: string) {
  return (_request: IncomingMessage, response: ServerResponse): void => {
    const page = join(root, '404.html');
    response.writeHead(404, { 'content-type': contentType(page) });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('Not found');
  };
}

function collectReport(request: IncomingMessage, response: ServerResponse, reports: string[]): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    reports.push(describeReport(body));
    response.writeHead(204).end();
  });
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
