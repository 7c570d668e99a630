import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { selectAll } from 'hast-util-select';
import { builtPage, DIST } from '../helpers/built-site';
import { checkLinks, type LinkReport } from '../helpers/check-links';
import { indexRecords } from '../helpers/search-index';
import { sitePages } from '../helpers/site-pages';
import { serveStatic, type StaticSite } from '../../src/tooling/static-server';

/** The site's public origin, as astro.config.mjs sets it; canonical and sitemap URLs use it. */
const SITE_URL = process.env['SITE_URL'] ?? 'https://transcripts.example.org';

let site: StaticSite;
let report: LinkReport;
const pageUrls = () => sitePages().pages.map((page) => new URL(page.path.slice(1), site.url).href);

beforeAll(async () => {
  site = await serveStatic();
  report = await checkLinks(pageUrls(), { publicOrigin: SITE_URL });
});
afterAll(async () => {
  await site?.close();
});

describe('links and anchors on every page (linkinator, fragments included)', () => {
  test('no internal link or fragment is broken', () => {
    expect(report.broken).toEqual([]);
  });

  test('the pages come from the sitemap, which lists every page but the 404 page', () => {
    const { source, pages } = sitePages();
    expect(source).toBe('sitemap');
    expect(pages.filter((page) => !page.inSitemap).map((page) => page.path)).toEqual(['/404.html']);
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/search/', '/speakers/', '/transcripts/2022-02-18-russian-belarusian-talks/']));
  });

  test('checked every page, and fetched nothing from another origin', () => {
    for (const url of pageUrls()) expect(report.ok).toContain(url);
    expect(report.ok.every((url) => url.startsWith(site.url))).toBe(true);
    expect(report.skipped).toContain('http://en.kremlin.ru/events/president/news/67809');
  });

  test('no linked page looks like a "soft 404" to linkinator, which would skip its fragments', () => {
    const skipped = sitePages()
      .pages.filter((page) => page.path !== '/404.html')
      .filter((page) => {
        const html = readFileSync(join(DIST, page.file), 'utf8');
        return html.includes('content="noindex') && html.includes('nofollow');
      });
    expect(skipped.map((page) => page.path)).toEqual([]);
  });
});

describe('search results', () => {
  test('every record of the search index links to a page and an anchor that exist', async () => {
    const records = indexRecords();
    expect(records.length).toBeGreaterThan(0);
    const targets = records.flatMap((record) => [record.url, ...record.anchors.map((anchor) => `${record.url.replace(/#.*$/, '')}#${anchor.id}`)]);
    const missing: string[] = [];
    for (const target of new Set(targets)) {
      const url = new URL(target, site.url);
      const ids = new Set(selectAll('[id]', builtPage(url.pathname)).map((element) => String(element.properties['id'])));
      if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1)))) missing.push(target);
    }
    expect(missing).toEqual([]);
    expect(targets.filter((target) => target.includes('#')).length).toBeGreaterThanOrEqual(records.length);
  });
});

describe('the link check itself', () => {
  test('finds a missing page, a missing fragment on the same page and one on another page', async () => {
    const fixture = await serveStatic(join(import.meta.dirname, '..', 'fixtures', 'links', 'site'));
    try {
      const { broken, skipped } = await checkLinks([fixture.url, `${fixture.url}other/`]);
      expect(broken.map((line) => line.split(' ')[0]).sort()).toEqual([`${fixture.url}#gone`, `${fixture.url}nowhere/`, `${fixture.url}other/#missing-1`]);
      expect(skipped).toContain('https://example.com/');
    } finally {
      await fixture.close();
    }
  });
});
