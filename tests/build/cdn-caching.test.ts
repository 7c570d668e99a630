import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../helpers/built-site';
import { headersFor, parseHeadersFile } from '../../src/tooling/headers-file';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((item) => item.isFile())
  .map((item) => `/${relative(DIST, join(item.parentPath, item.name)).split(sep).join('/')}`);
const immutable = (path: string) => /\bimmutable\b/.test(headersFor(rules, path).get('cache-control') ?? '');

test('only files named after a hash of their contents are cached for good', () => {
  const kept = files.filter(immutable);
  expect(kept.filter((path) => /^\/pagefind\/\d{4}(?:-\d{4})?\/fragment\//.test(path)).length).toBeGreaterThan(0);
  expect(kept.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);
  for (const path of kept) expect(path).toMatch(/^\/_astro\/[^/]+\.[A-Za-z0-9_-]{8}\.(?:css|js)$|^\/pagefind\/\d{4}(?:-\d{4})?\/(?:index|filter|fragment)\/[a-z]+_[0-9a-f]{7,}\.pf_(?:index|filter|fragment)$/);
});

test('pages, feeds and the files Pagefind names the same in every build are revalidated', () => {
  const renamedNever = files.filter((path) => path.endsWith('.html') || path.endsWith('.xml') || path.endsWith('.json') || /^\/pagefind\/(?:\d{4}(?:-\d{4})?\/)?[^/]+$/.test(path));
  expect(renamedNever).toEqual(expect.arrayContaining(['/index.html', '/pagefind/shards.json', '/pagefind/2022/pagefind.js', '/pagefind/2022/pagefind-entry.json']));
  for (const path of renamedNever) expect(immutable(path)).toBe(false);
});
