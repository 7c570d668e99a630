import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../../../src/tooling/static-server';

/** Types a CDN compresses on the way out. Pagefind's index files are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.md']);

export interface CdnSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a CDN in front of it would, so that the bench counts the bytes
 * a reader really downloads: text is gzip-compressed (level 6, as most CDNs do), and
 * `/x/` serves `x/index.html`.
 */
export async function serveLikeCdn(root: string): Promise<CdnSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': contentType('404.html') }).end('Not found');
      return;
    }
    const type = contentType(file);
    const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(readFileSync(file), { level: 6 }));
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
