import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import type { GeneratedTranscript } from '../../src/tooling/corpus/transcript';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import type { StaticSite } from '../../src/tooling/static-server';
import { formatMonth } from '../../src/utils/format-date';
import { describe, expect, test } from '../helpers/browser-test';
import { indexRecords, indexShards, type IndexShard } from '../helpers/search-index';

/**
 * An archive of 200 generated transcripts over twenty years, about ten a year, whose shards
 * may hold at most 12 passages (`SEARCH_SHARD_MAX_PASSAGES`): most years are too large for
 * one shard and are split into halves, quarters or months, as a year of the real archive's
 * 6,500 passages is split into quarters at the default size.
 */
const MAX_PASSAGES = 12;
const archive: GeneratedTranscript[] = [...generateCorpus({ count: 200, seed: 'split-year-test', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 1500 })];
const yearOf = (transcript: GeneratedTranscript) => transcript.date.slice(0, 4);
const monthOf = (transcript: GeneratedTranscript) => Number(transcript.date.slice(5, 7));

let build: BuildResult;
let site: StaticSite;
let shards: IndexShard[];

test.beforeAll(async ({ serve }) => {
  const dir = contentFolder({});
  for (const transcript of archive) writeFileSync(join(dir, `${transcript.slug}.md`), transcript.markdown);
  build = buildFrom(dir, { SEARCH_SHARD_PASSAGES: '1', SEARCH_SHARD_MAX_PASSAGES: String(MAX_PASSAGES) });
  if (build.status !== 0) throw new Error(`the archive did not build:\n${build.output}`);
  shards = indexShards(build.outDir);
  site = await serve(build.outDir);
}, 600_000);

/** The transcripts a shard should hold: its year's, within its months if it is part of one. */
const transcriptsOf = (shard: IndexShard) =>
  archive.filter((t) => shard.years.includes(yearOf(t)) && (!shard.months || (monthOf(t) >= shard.months[0] && monthOf(t) <= shard.months[1])));

describe('a large year’s shards, each part of the year', () => {
  test('a year with more passages than a shard holds is split into calendar parts, newest first; the others stay whole', () => {
    const parts = shards.filter((shard) => shard.months);
    expect(parts.length).toBeGreaterThan(0);
    expect(shards.some((shard) => !shard.months)).toBe(true);
    for (const shard of shards) {
      expect(shard.years).toHaveLength(1);
      const [year = ''] = shard.years;
      const months = shard.months;
      if (!months) {
        expect(shard.id).toBe(year);
        expect(shard.passages).toBeLessThanOrEqual(MAX_PASSAGES);
        continue;
      }
      const two = (month: number) => String(month).padStart(2, '0');
      expect(shard.id).toBe(months[0] === months[1] ? `${year}.${two(months[0])}` : `${year}.${two(months[0])}-${two(months[1])}`);
      // Halves, quarters or months: the calendar's bounds, all of one span within a year.
      const span = months[1] - months[0] + 1;
      expect([6, 3, 1]).toContain(span);
      expect(months[1] % span).toBe(0);
      for (const sibling of shards.filter((other) => other.years[0] === year)) expect((sibling.months?.[1] ?? 0) - (sibling.months?.[0] ?? 0) + 1).toBe(span);
      // Each part fits, unless the year is already in months.
      if (span > 1) expect(shard.passages).toBeLessThanOrEqual(MAX_PASSAGES);
    }
    const order = shards.map((shard) => `${shard.years[0] ?? ''}-${String(shard.months?.[1] ?? 12).padStart(2, '0')}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  test('each shard holds the turns of its own months’ transcripts, every turn of the archive once', () => {
    const seen: string[] = [];
    for (const shard of shards) {
      const records = indexRecords(build.outDir, shard.id);
      const slugs = new Set(records.map((record) => record.url.split('/')[2]));
      expect([...slugs].sort()).toEqual(transcriptsOf(shard).map((t) => t.slug).sort());
      expect(shard.transcripts).toBe(transcriptsOf(shard).length);
      seen.push(...records.flatMap((record) => record.anchors.map((anchor) => `${record.url.split('/')[2]}#${anchor.id}`)));
    }
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.length).toBe(archive.reduce((sum, t) => sum + t.turnSpeakers.length, 0));
  });
});

/** The shards whose metadata a page downloaded, in order. */
const metadataShards = (requests: string[]) => requests.filter((path) => path.endsWith('.pf_meta')).map((path) => path.split('/')[2] ?? '');

async function openSearch(browser: Browser, query: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}search/?${query}`);
  await page.waitForFunction(() => Boolean(document.querySelector('.search-status')?.textContent) && !document.querySelector('search-page[aria-busy]'));
  return { page, requests };
}

const resultDates = (page: Page) => page.$$eval('.search-hit a.hit-link time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
const firstMonthOf = (shard: IndexShard) => `${shard.years[0] ?? ''}-${String(shard.months?.[0] ?? 1).padStart(2, '0')}`;

describe('searching a split year in Chromium', () => {
  test('a search that stops inside a year says from which month it has searched, and finds nothing older', async ({ browser }) => {
    const { page, requests } = await openSearch(browser, 'q=Russia');
    const reached = metadataShards(requests);
    expect(reached[0]).toBe(shards[0]?.id);
    const oldest = shards.find((shard) => shard.id === [...reached].sort().at(0)) as IndexShard;
    // The archive is built so that "Russia" fills a page before the newest year is searched through.
    expect(oldest.months).toBeDefined();
    expect(shards.filter((shard) => shard.years[0] === oldest.years[0]).length).toBeGreaterThan(reached.filter((id) => id.startsWith(`${oldest.years[0] ?? ''}.`)).length);
    const since = formatMonth(new Date(`${firstMonthOf(oldest)}-01T00:00:00Z`));
    expect(await page.locator('.search-status').textContent()).toMatch(new RegExp(`^[\\d,]+ turns? from [\\d,]+ speakers? since ${since}; older turns not searched yet\\.$`));
    const dates = await resultDates(page);
    expect(dates.length).toBe(10);
    for (const date of dates) expect(date >= firstMonthOf(oldest)).toBe(true);
    await page.close();
  });

  test('the year filter on a split year searches that year’s parts alone, newest first', async ({ browser }) => {
    const split = shards.filter((shard) => shard.months && shard.years[0] !== shards[0]?.years[0]);
    const year = split[Math.floor(split.length / 2)]?.years[0] ?? '';
    const parts = shards.filter((shard) => shard.years[0] === year).map((shard) => shard.id);
    expect(parts.length).toBeGreaterThan(1);
    const { page, requests } = await openSearch(browser, `q=Russia&year=${year}`);
    const reached = metadataShards(requests);
    expect(reached[0]).toBe(parts[0]);
    for (const id of reached) expect(parts).toContain(id);
    const dates = await resultDates(page);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.startsWith(year)).toBe(true);
    await page.close();
  });

  test('the mentions chart has one bar per year, a year searched in part counts "at least" its results so far, and every year counts all its parts', async ({ browser }) => {
    const { page, requests } = await openSearch(browser, 'q=Russia');
    // What the search itself reached, before the page fetches every shard below.
    const reached = metadataShards(requests);
    // Each shard searched on its own with Pagefind's API in the page.
    const perShard = (await page.evaluate(`(async () => {
      const counts = {};
      for (const shard of ${JSON.stringify(shards)}) {
        const pagefind = (await import('/pagefind/' + shard.path + 'pagefind.js')).createInstance({ basePath: '/pagefind/' + shard.path });
        counts[shard.id] = (await pagefind.search('Russia')).results.length;
      }
      return counts;
    })()`)) as Record<string, number>;
    const newest = shards[0]?.years[0] ?? '';
    const soFar = reached.filter((id) => id.startsWith(`${newest}.`)).reduce((sum, id) => sum + (perShard[id] ?? 0), 0);
    expect(soFar).toBeGreaterThan(0);
    await expect(page.locator(`.search-timeline tbody tr:has(a[data-year="${newest}"]) td`).textContent()).resolves.toBe(`at least ${soFar}`);
    await expect(page.locator(`.timeline-chart a[data-year="${newest}"] rect.timeline-partial`).count()).resolves.toBe(1);
    await expect(page.locator(`.timeline-chart a[data-year="${newest}"] title`).textContent()).resolves.toBe(`${newest}: at least ${soFar} results, the year not searched through yet`);
    await page.locator('.timeline-count-all').click();
    await page.waitForFunction(() => !/not counted|at least/.test(document.querySelector('.search-timeline tbody')?.textContent ?? 'not counted'));
    await expect(page.locator('.timeline-chart .timeline-partial').count()).resolves.toBe(0);
    const table = await page.$$eval('.search-timeline tbody tr', (rows) => rows.map((row) => [row.querySelector('th')?.textContent ?? '', Number(row.querySelector('td')?.textContent?.replace(/,/g, ''))] as const));
    const years = [...new Set(shards.flatMap((shard) => shard.years))];
    expect(table.map(([year]) => year)).toEqual(years);
    // Each year's count is the sum of its parts'.
    const perYear: Record<string, number> = {};
    for (const shard of shards) perYear[shard.years[0] ?? ''] = (perYear[shard.years[0] ?? ''] ?? 0) + (perShard[shard.id] ?? 0);
    expect(Object.fromEntries(table)).toEqual(perYear);
    await page.close();
  });
});
