import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, describe, expect, test } from 'vitest';
import { transcriptJsonSchema } from '../../src/schemas/transcript-json';
import { buildFrom, contentFolder } from '../../src/tooling/site-build';
import { builtHtml, builtPage } from '../helpers/built-site';
import { alternating, transcriptSource } from '../../src/tooling/generated-transcripts';

/**
 * A site built under a sub-path (`BASE_PATH=/sub/`) from generated transcripts in which Anna
 * Ivanova takes 115 turns across three transcripts: enough for three pages of her turns.
 */
const SITE = 'https://example.test';
const anna = { key: 'anna-ivanova', name: 'Anna Ivanova', role: 'Correspondent' };
const transcripts = [
  alternating('2021-03-01-spring', '2021-03-01', 60, [{ key: 'boris-petrov', name: 'Boris Petrov', role: 'Minister' }, anna]),
  alternating('2023-01-10-winter', '2023-01-10', 30, [anna, { key: 'boris-petrov', name: 'Boris Petrov', role: 'Prime Minister' }]),
  alternating('2022-05-05-summer', '2022-05-05', 25, [anna, { key: 'vera-sokolova', name: 'Vera Sokolova' }]),
];
const build = buildFrom(contentFolder(Object.fromEntries(transcripts.map((spec) => [`${spec.slug}.md`, transcriptSource(spec)]))), { BASE_PATH: '/sub/', SITE_URL: SITE });
const dist = build.outDir;
const page = (path: string) => builtPage(path.replace(/^\/sub/, ''), dist);
afterAll(() => rmSync(dirname(dist), { recursive: true, force: true }));

test('the site builds', () => {
  expect(build.status, build.output).toBe(0);
});

describe('a speaker with more turns than fit on a page', () => {
  const pages = [1, 2, 3].map((number) => page(`/sub/speakers/anna-ivanova/${number > 1 ? `${number}/` : ''}`));
  const listed = pages.map((speakerPage) => selectAll('li.speaker-turn', speakerPage).map((item) => String(item.properties['dataTurn'])));

  test('gets pages of 50 turns, and no more pages than needed', () => {
    expect(listed.map((items) => items.length)).toEqual([50, 50, 15]);
    expect(existsSync(join(dist, 'speakers', 'anna-ivanova', '4'))).toBe(false);
  });

  test('lists every one of her turns once, in date order, numbered across pages', () => {
    const byDate = [...transcripts].sort((a, b) => a.date.localeCompare(b.date));
    const expected = byDate.flatMap((spec) =>
      spec.turns.filter(([speaker]) => speaker === 'anna-ivanova').map((_, index) => `${spec.slug}#anna-ivanova-${index + 1}`),
    );
    expect(expected).toHaveLength(115);
    expect(listed.flat()).toEqual(expected);
    expect(pages.map((speakerPage) => select('.speaker-turns ol', speakerPage)?.properties['start'])).toEqual([1, 51, 101]);
  });

  test('marks a transcript that continues from the previous page', () => {
    const headings = selectAll('.transcript-group h3 a', pages[1] as Root).map((heading) => toText(heading));
    expect(headings).toEqual(['Talks of 2021-03-01 (continued)', 'Talks of 2022-05-05', 'Talks of 2023-01-10']);
  });

  test('has a pager with the current page marked and links to the neighbours', () => {
    const second = pages[1] as Root;
    expect(select('.pager a[aria-current="page"]', second) && toText(select('.pager a[aria-current="page"]', second) as Element)).toBe('2');
    expect(select('.pager a[rel="prev"]', second)?.properties['href']).toBe('/sub/speakers/anna-ivanova/');
    expect(select('.pager a[rel="next"]', second)?.properties['href']).toBe('/sub/speakers/anna-ivanova/3/');
    expect(select('.pager a[rel="prev"]', pages[0] as Root)).toBeUndefined();
    expect(toText(select('title', second) as Element)).toContain('Anna Ivanova, page 2 of 3');
    expect(toText(select('.page-status', second) as Element)).toBe('Page 2 of 3, turns 51–100 of 115');
  });

  test('keeps her latest role and remembers the earlier ones', () => {
    const boris = page('/sub/speakers/boris-petrov/');
    expect(toText(select('.role', boris) as Element)).toBe('Prime Minister');
    expect(toText(select('.other-roles', boris) as Element)).toBe('Also: Minister');
  });
});

describe('under a sub-path', () => {
  const htmlFiles = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'));

  /** The file a site-internal URL path serves, or undefined when it lies outside the base. */
  function fileFor(path: string): string | undefined {
    if (!path.startsWith('/sub/')) return undefined;
    const inside = decodeURIComponent(path.slice('/sub/'.length));
    return inside === '' || inside.endsWith('/') ? join(dist, inside, 'index.html') : join(dist, inside);
  }

  test('every link, script and stylesheet of every page stays under the base and resolves', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = builtHtml(`/${file}`, dist);
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = match[1] ?? '';
        if (/^(https?:|mailto:|#)/.test(url)) continue;
        const [path = '', fragment] = url.split('#');
        const target = fileFor(path.split('?')[0] ?? '');
        // The search page is another issue's; its link is checked once that page exists.
        if (path.startsWith('/sub/search/')) continue;
        if (!target || !existsSync(target)) broken.push(`${file}: ${url}`);
        else if (fragment && target.endsWith('.html') && !readFileSync(target, 'utf8').includes(`id="${fragment}"`)) broken.push(`${file}: ${url} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(htmlFiles.length).toBeGreaterThan(200);
  });

  test('canonical links, feed, sitemap, robots.txt and JSON all give URLs under the base', () => {
    const turnPage = page('/sub/transcripts/2022-05-05-summer/anna-ivanova-3/');
    expect(select('link[rel="canonical"]', turnPage)?.properties['href']).toBe(`${SITE}/sub/transcripts/2022-05-05-summer/anna-ivanova-3/`);
    expect(builtHtml('/robots.txt', dist)).toContain(`Sitemap: ${SITE}/sub/sitemap-index.xml`);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    expect(builtHtml('/feed.xml', dist)).toContain(`<link>${SITE}/sub/transcripts/2023-01-10-winter/</link>`);
    expect(builtHtml('/sitemap-0.xml', dist)).toContain(`<loc>${SITE}/sub/speakers/anna-ivanova/3/</loc>`);
    const json = transcriptJsonSchema.parse(JSON.parse(builtHtml('/transcripts/2022-05-05-summer.json', dist)));
    expect(json.turns[0]?.url).toBe(`${SITE}/sub/transcripts/2022-05-05-summer/anna-ivanova-1/`);
    expect(json.speakers[0]?.url).toBe(`${SITE}/sub/speakers/anna-ivanova/`);
    expect(select('article', turnPage)?.properties['dataTranscriptUrl']).toBe(`${SITE}/sub/transcripts/2022-05-05-summer/`);
  });

  test('the blocking theme script is fetched from under the base', () => {
    expect(select('head script:not([type])', page('/sub/'))?.properties['src']).toBe('/sub/theme.js');
    expect(existsSync(join(dist, 'theme.js'))).toBe(true);
  });
});
