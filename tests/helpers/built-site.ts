import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DIST } from '../../src/tooling/site-build';

export { DIST };

/** The parsed HTML of a built page, by its URL path (`/transcripts/x/`). */
export function builtPage(urlPath: string, dist = DIST): Root {
  return fromHtml(builtHtml(urlPath, dist));
}

export function builtHtml(urlPath: string, dist = DIST): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(dist, file), 'utf8');
}
