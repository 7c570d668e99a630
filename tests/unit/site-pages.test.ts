import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitePages } from '../helpers/site-pages';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'site-pages');

describe('the pages the quality gates check', () => {
  test('come from the sitemap once there is one, mapped back to files under the base', () => {
    expect(sitePages(join(FIXTURES, 'with-sitemap'), '/docs/')).toEqual({
      source: 'sitemap',
      pages: [
        { path: '/', file: 'index.html', inSitemap: true },
        { path: '/transcripts/a/', file: 'transcripts/a/index.html', inSitemap: true },
        { path: '/404.html', file: '404.html', inSitemap: false },
      ],
    });
  });

  test('are every HTML file before the sitemap exists', () => {
    expect(sitePages(join(FIXTURES, 'without-sitemap'))).toEqual({
      source: 'files',
      pages: [
        { path: '/about/', file: 'about/index.html', inSitemap: false },
        { path: '/', file: 'index.html', inSitemap: false },
      ],
    });
  });

  test('a sitemap URL without a built page is an error', () => {
    const dist = mkdtempSync(join(tmpdir(), 'site-pages-'));
    cpSync(join(FIXTURES, 'with-sitemap'), dist, { recursive: true });
    writeFileSync(
      join(dist, 'sitemap-0.xml'),
      '<urlset><url><loc>https://example.org/docs/</loc></url><url><loc>https://example.org/docs/gone/</loc></url></urlset>',
    );
    expect(() => sitePages(dist, '/docs/')).toThrow('sitemap lists https://example.org/docs/gone/, but gone/index.html was not built');
  });
});
