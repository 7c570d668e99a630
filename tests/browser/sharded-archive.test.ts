import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import type { GeneratedTranscript } from '../../src/tooling/corpus/transcript';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { buildFrom, contentFolder, writeAnchorsManifest, type BuildResult } from '../../src/tooling/site-build';
import type { StaticSite } from '../../src/tooling/static-server';
import { describe, expect, test } from '../helpers/browser-test';
import { builtHtml } from '../helpers/built-site';
import { indexRecords, indexShards } from '../helpers/search-index';

/**
 * An archive of 60 generated transcripts over twenty years, 500 to 1,500 words each (many
 * transcripts, not long ones, are what the shards need), built twice with one cache: then
 * with one transcript added, one changed and one deleted. The tests read the second build.
 * A few transcripts a year would share a shard of the index; here every year has its own
 * (`SEARCH_SHARD_PASSAGES`), so that searches cross many shards.
 */
const generated: GeneratedTranscript[] = [...generateCorpus({ count: 61, seed: 'shards-test', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 1500 })];
const [added] = generated.splice(60, 1) as [GeneratedTranscript];
const first = generated;
const byDate = (a: GeneratedTranscript, b: GeneratedTranscript) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
/** Changed and deleted: transcripts of two other years than the added one's. */
const yearOf = (transcript: GeneratedTranscript) => transcript.date.slice(0, 4);
const others = [...first].sort(byDate).filter((t) => yearOf(t) !== yearOf(added));
const changed = others[0] as GeneratedTranscript;
/** Deleted from a year that keeps other transcripts, so that its shard is indexed again rather than dropped. */
const deleted = others.find((t) => yearOf(t) !== yearOf(changed) && first.filter((other) => yearOf(other) === yearOf(t)).length > 1) as GeneratedTranscript;
const final = [...first.filter((t) => t !== deleted), added].sort(byDate);
/** A word no generated transcript says, put into the changed transcript's first turn. */
const NEW_WORD = 'quokkaphone';

const anchorsOf = (transcript: GeneratedTranscript) => {
  const seen = new Map<string, number>();
  return transcript.turnSpeakers.map((speaker) => `${speaker}-${seen.set(speaker, (seen.get(speaker) ?? 0) + 1).get(speaker)}`);
};

/** The anchors published before the rebuild: every turn but the deleted transcript's. */
const published = Object.fromEntries(first.filter((t) => t !== deleted).map((t) => [t.slug, anchorsOf(t)]));

let builds: { before: BuildResult; after: BuildResult };
/** The second build, served. */
let site: StaticSite;
let cache: string;

test.beforeAll(async ({ serve }) => {
  const dir = contentFolder({});
  for (const transcript of first) writeFileSync(join(dir, `${transcript.slug}.md`), transcript.markdown);
  // Every turn is published but the deleted transcript's: the anchors rule must hold throughout.
  writeAnchorsManifest(dir, published);
  cache = mkdtempSync(join(tmpdir(), 'transcripts-shards-cache-'));
  const before = buildFrom(dir, { ASTRO_CACHE_DIR: cache, SEARCH_SHARD_PASSAGES: '1' });
  if (before.status !== 0) throw new Error(`the archive did not build:\n${before.output}`);
  writeFileSync(join(dir, `${added.slug}.md`), added.markdown);
  rmSync(join(dir, `${deleted.slug}.md`));
  const source = readFileSync(join(dir, `${changed.slug}.md`), 'utf8');
  const firstTurn = source.indexOf('\n\n', source.indexOf('\n## ')) + 2;
  writeFileSync(join(dir, `${changed.slug}.md`), `${source.slice(0, firstTurn)}The ${NEW_WORD} was mentioned. ${source.slice(firstTurn)}`);
  const after = buildFrom(dir, { ASTRO_CACHE_DIR: cache, SEARCH_SHARD_PASSAGES: '1' });
  if (after.status !== 0) throw new Error(`the archive did not build again:\n${after.output}`);
  builds = { before, after };
  site = await serve(after.outDir);
}, 600_000);
test.afterAll(() => {
  if (cache) rmSync(cache, { recursive: true, force: true });
});

describe('the search index, one Pagefind bundle per year', () => {
  test('shards.json lists one shard per year of the archive, newest first, each a bundle of its own', () => {
    const years = [...new Set(final.map(yearOf))].sort().reverse();
    expect(years.length).toBeGreaterThanOrEqual(3);
    const shards = indexShards(builds.after.outDir);
    expect(shards.map((shard) => shard.id)).toEqual(years);
    for (const shard of shards) {
      expect(shard.years).toEqual([shard.id]);
      expect(shard.path).toBe(`${shard.id}/`);
      expect(shard.transcripts).toBe(final.filter((t) => yearOf(t) === shard.id).length);
      expect(existsSync(join(builds.after.outDir, 'pagefind', shard.path, 'pagefind-entry.json'))).toBe(true);
    }
  });

  test('each shard holds the turns of its own year’s transcripts, every turn once', () => {
    for (const shard of indexShards(builds.after.outDir)) {
      const records = indexRecords(builds.after.outDir, shard.id);
      const transcripts = new Set(records.map((record) => record.url.split('/')[2]));
      expect([...transcripts].sort()).toEqual(final.filter((t) => yearOf(t) === shard.id).map((t) => t.slug).sort());
      const turns = records.flatMap((record) => record.anchors.map((anchor) => `${record.url.split('/')[2]}#${anchor.id}`));
      expect(turns.length).toBe(new Set(turns).size);
      expect(turns.length).toBe(final.filter((t) => yearOf(t) === shard.id).reduce((sum, t) => sum + t.turnSpeakers.length, 0));
    }
  });
});

describe('a rebuild with one transcript added, one changed and one deleted', () => {
  const log = () => stripVTControlCharacters(builds.after.output);

  test('indexes again only the years that changed, and copies every other page from the last build', () => {
    const changedYears = [...new Set([added, changed, deleted].map(yearOf))].sort().reverse();
    expect(log()).toContain(`(${changedYears.join(', ')} indexed again)`);
    const untouched = final.find((t) => !changedYears.includes(yearOf(t))) as GeneratedTranscript;
    // Pages render four at a time, so a rendered page's line may end with another's status;
    // a copied page's path and "(restored)" are written together.
    expect(log()).toMatch(new RegExp(`/transcripts/${untouched.slug}/index\\.html \\(restored\\)`));
    expect(log()).toMatch(new RegExp(`/transcripts/${untouched.slug}/${anchorsOf(untouched)[0]}/index\\.html \\(restored\\)`));
    expect(log()).not.toMatch(new RegExp(`/transcripts/${changed.slug}/index\\.html \\(restored\\)`));
  });

  test('the deleted transcript’s pages, downloads and index entries are gone', () => {
    const dist = builds.after.outDir;
    expect(existsSync(join(builds.before.outDir, 'transcripts', deleted.slug, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'transcripts', deleted.slug))).toBe(false);
    for (const format of ['json', 'md', 'txt']) expect(existsSync(join(dist, 'transcripts', `${deleted.slug}.${format}`))).toBe(false);
    expect(indexRecords(dist).filter((record) => record.url.includes(`/${deleted.slug}/`))).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(deleted.slug);
    for (const speaker of new Set(deleted.turnSpeakers)) {
      if (!existsSync(join(dist, 'speakers', speaker))) continue;
      expect(builtHtml(`/speakers/${speaker}/`, dist)).not.toContain(`/transcripts/${deleted.slug}/`);
      expect(builtHtml(`/speakers/${speaker}/feed.xml`, dist)).not.toContain(`/transcripts/${deleted.slug}/`);
    }
  });

  test('the added and the changed transcript are on their pages and in their shards', () => {
    const dist = builds.after.outDir;
    expect(existsSync(join(dist, 'transcripts', added.slug, 'index.html'))).toBe(true);
    expect(indexRecords(dist, yearOf(added)).some((record) => record.url.startsWith(`/transcripts/${added.slug}/`))).toBe(true);
    expect(builtHtml(`/transcripts/${changed.slug}/`, dist)).toContain(NEW_WORD);
    expect(builtHtml(`/transcripts/${changed.slug}/`, builds.before.outDir)).not.toContain(NEW_WORD);
  });

  test('the anchors manifest rule still holds: every published turn has its page, the changed transcript’s too', () => {
    expect(Object.keys(published)).toContain(changed.slug);
    for (const [slug, anchors] of Object.entries(published)) {
      for (const anchor of anchors) expect(existsSync(join(builds.after.outDir, 'transcripts', slug, anchor, 'index.html'))).toBe(true);
    }
  });
});

/** How a search states what it found: "5 turns from 3 speakers", or "At least 120 turns from 87 speakers"; the turns captured. */
const COUNT = '(?:At least )?([\\d,]+) turns? from [\\d,]+ speakers?';

/** The pathnames a page requested, in order. */
function watch(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return requests;
}

async function openSearch(browser: Browser, query: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests = watch(page);
  await page.goto(`${site.url}search/?${query}`);
  await page.waitForFunction(() => Boolean(document.querySelector('.search-status')?.textContent) && !document.querySelector('search-page[aria-busy]'));
  return { page, requests };
}

/** The years whose metadata a page downloaded, in order. */
const metadataYears = (requests: string[]) => requests.filter((path) => path.endsWith('.pf_meta')).map((path) => path.split('/')[2]);

/** Each shard searched on its own with Pagefind's API in the page: results per year. */
async function resultsPerYear(page: Page, term: string): Promise<Record<string, number>> {
  return page.evaluate(`(async () => {
    const { shards } = await (await fetch('/pagefind/shards.json')).json();
    const counts = {};
    for (const shard of shards) {
      const pagefind = (await import('/pagefind/' + shard.path + 'pagefind.js')).createInstance({ basePath: '/pagefind/' + shard.path });
      counts[shard.id] = (await pagefind.search(${JSON.stringify(term)})).results.length;
    }
    return counts;
  })()`);
}

describe('searching the shards in Chromium', () => {
  test('a search starts with the newest year and reaches back only as far as it needs', async ({ browser }) => {
    const { page, requests } = await openSearch(browser, 'q=sanctions');
    const years = indexShards(builds.after.outDir).map((shard) => shard.id);
    const reached = metadataYears(requests);
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.length).toBeLessThan(years.length);
    // The newest year first; each widening step then fetches its years at once, in no set order.
    expect(reached[0]).toBe(years[0]);
    expect([...reached].sort().reverse()).toEqual(years.slice(0, reached.length));
    const status = await page.locator('.search-status').textContent();
    expect(status).toMatch(new RegExp(`^${COUNT} in ${years[0]}(–${years[reached.length - 1]})?; older years not searched yet\\.$`));
    // Every result comes from a year searched, newest first within what was reached.
    const dates = await page.$$eval('.search-hit a.hit-link time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBe(10);
    for (const date of dates) expect(reached).toContain(date.slice(0, 4));
    await page.close();
  });

  test('results from every shard are merged by score: the same order as one Pagefind search over all of them', async ({ browser }) => {
    const { page } = await openSearch(browser, 'q=sanctions');
    await page.locator('.timeline-count-all').click();
    await page.waitForFunction(() => !document.querySelector('.search-timeline tbody')?.textContent?.includes('not counted'));
    await page.waitForFunction((count) => new RegExp(`^${count}$`).test(document.querySelector('.search-status')?.textContent ?? ''), COUNT);
    const shown = await page.$$eval('.search-hit a.hit-link', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const merged = (await page.evaluate(`(async () => {
      const { shards } = await (await fetch('/pagefind/shards.json')).json();
      const options = { ranking: { pageLength: 0.2 } };
      const pagefind = (await import('/pagefind/' + shards[0].path + 'pagefind.js')).createInstance({ basePath: '/pagefind/' + shards[0].path, ...options });
      for (const shard of shards.slice(1)) await pagefind.mergeIndex('/pagefind/' + shard.path, options);
      const search = await pagefind.search('sanctions');
      const records = await Promise.all(search.results.slice(0, ${JSON.stringify(10)}).map((result) => result.data()));
      return records.map((record) => record.url.split('#')[0]);
    })()`)) as string[];
    expect(shown.slice(0, 10)).toEqual(merged);
    // The best results of the whole archive are not all from its newest year.
    expect(new Set(shown.map((path) => path.split('/')[2]?.slice(0, 4))).size).toBeGreaterThan(1);
    await page.close();
  });

  test('the year filter searches that year’s shard alone', async ({ browser }) => {
    const year = yearOf(final[Math.floor(final.length / 2)] as GeneratedTranscript);
    const { page, requests } = await openSearch(browser, `q=sanctions&year=${year}`);
    expect(metadataYears(requests)).toEqual([year]);
    const dates = await page.$$eval('.search-hit a.hit-link time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.startsWith(year)).toBe(true);
    await page.close();
  });

  test('the mentions chart counts each year’s results from the index, and a year in it sets the year filter', async ({ browser }) => {
    const { page } = await openSearch(browser, 'q=sanctions');
    await expect(page.locator('.search-timeline').isVisible()).resolves.toBe(true);
    await page.locator('.timeline-count-all').click();
    await page.waitForFunction(() => !document.querySelector('.search-timeline tbody')?.textContent?.includes('not counted'));
    const table = await page.$$eval('.search-timeline tbody tr', (rows) => rows.map((row) => [row.querySelector('th')?.textContent ?? '', Number(row.querySelector('td')?.textContent?.replace(/,/g, ''))] as const));
    const expected = await resultsPerYear(page, 'sanctions');
    expect(Object.fromEntries(table)).toEqual(expected);
    expect(table.map(([year]) => year)).toEqual(indexShards(builds.after.outDir).map((shard) => shard.id));
    const bars = await page.$$eval('.timeline-chart a', (links) => links.map((link) => link.getAttribute('data-year')));
    expect(bars).toEqual([...table.map(([year]) => year)].reverse());
    // Every year counted: the status counts turns, and each result holds one or more.
    const turns = new RegExp(`^${COUNT}$`).exec((await page.locator('.search-status').textContent()) ?? '')?.[1];
    expect(Number(turns?.replace(/,/g, ''))).toBeGreaterThanOrEqual(Object.values(expected).reduce((sum, n) => sum + n, 0));
    const [year] = table.find(([, count]) => count > 0) ?? [''];
    await page.locator(`.timeline-chart a[data-year="${year}"] .timeline-area`).click();
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y && !document.querySelector('search-page[aria-busy]'), year);
    await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe(year);
    const dates = await page.$$eval('.search-hit a.hit-link time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    for (const date of dates) expect(date.startsWith(year)).toBe(true);
    await page.close();
  });
});

describe('the site’s feed', () => {
  test('lists the 50 newest transcripts of the 61, newest first: the added one, not the deleted one', () => {
    const feed = builtHtml('/feed.xml', builds.after.outDir);
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual(final.slice(0, 50).map((t) => `https://transcripts.example.org/transcripts/${t.slug}/`));
    expect(links).toContain(`https://transcripts.example.org/transcripts/${added.slug}/`);
    expect(feed).not.toContain(`/transcripts/${deleted.slug}/`);
  });
});

describe('following a speaker', () => {
  /** The speaker with the most turns: their feed is full. */
  const speaker = [...Map.groupBy(final.flatMap((t) => t.turnSpeakers), (key) => key)].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? '';

  test('the feed lists their newest turns first, each linking to its turn page', () => {
    const feed = builtHtml(`/speakers/${speaker}/feed.xml`, builds.after.outDir);
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? '');
    expect(items.length).toBe(50);
    const links = items.map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '');
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const newest = final.find((t) => t.turnSpeakers.includes(speaker)) as GeneratedTranscript;
    const lastTurn = anchorsOf(newest).filter((anchor) => anchor.startsWith(`${speaker}-`)).at(-1);
    expect(links[0]).toBe(`https://transcripts.example.org/transcripts/${newest.slug}/${lastTurn}/`);
    for (const link of links) expect(existsSync(join(builds.after.outDir, new URL(link).pathname, 'index.html'))).toBe(true);
    expect(items[0]).toContain('<content:encoded>');
  });

  test('the speaker page links to the feed and advertises it in its head', () => {
    const html = builtHtml(`/speakers/${speaker}/`, builds.after.outDir);
    const feed = `/speakers/${speaker}/feed.xml`;
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}"`));
    expect(html).toMatch(new RegExp(`<a href="${feed}" type="application/rss\\+xml"[^>]*>Follow `));
  });
});
