import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFrom, contentFolder } from '../../src/tooling/site-build';
import type { StaticSite } from '../../src/tooling/static-server';
import { describe, expect, test } from '../helpers/browser-test';

/**
 * The real transcript plus a made-up 2019 briefing of short turns that say "Minsk" and
 * "agreements" apart, built under a base path (`/archive/`): the case where Pagefind's
 * default ranking puts a one-line question above Putin's speech on the Minsk Agreements.
 * Only these two files are built, so other transcripts cannot shift the scores.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'search', '2019-12-09-trade-briefing.md');
const REAL = join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md');
const TALKS = '/archive/transcripts/2022-02-18-russian-belarusian-talks/';
const BRIEFING = '/archive/transcripts/2019-12-09-trade-briefing/';

/** The fixture build, served under `/archive/`. */
let site: StaticSite;
let page: Page;

test.beforeAll(async ({ browser, serve }) => {
  const content = contentFolder({ '2019-12-09-trade-briefing.md': readFileSync(FIXTURE), '2022-02-18-russian-belarusian-talks.md': readFileSync(REAL) });
  const build = buildFrom(content, { BASE_PATH: '/archive' });
  expect(build.status, build.output).toBe(0);
  // Served as a host would serve a site under /archive/.
  const root = mkdtempSync(join(tmpdir(), 'transcripts-host-'));
  symlinkSync(build.outDir, join(root, 'archive'));
  site = await serve(root);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

async function searchPage(search: string): Promise<string[]> {
  await page.goto(new URL(`archive/search/${search}`, site.url).href);
  await page.waitForFunction(() => Boolean(document.querySelector('.search-status')?.textContent) && !document.querySelector('search-page[aria-busy]'));
  return page.$$eval('.search-results .hit-link', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash));
}

/** Pagefind left to its defaults: what the ranking would be without the site's tuning. */
async function defaultRanking(term: string): Promise<string[]> {
  await page.goto(new URL('archive/', site.url).href);
  return page.evaluate(`(async () => {
    const { shards } = await (await fetch('/archive/pagefind/shards.json')).json();
    const [first, ...others] = shards;
    const pagefind = (await import('/archive/pagefind/' + first.path + 'pagefind.js')).createInstance({ basePath: '/archive/pagefind/' + first.path });
    for (const shard of others) await pagefind.mergeIndex('/archive/pagefind/' + shard.path);
    const search = await pagefind.search(${JSON.stringify(term)});
    const records = await Promise.all(search.results.map((result) => result.data()));
    return records.map((record) => record.url);
  })()`);
}

describe('ranking long turns', () => {
  test('unquoted Minsk Agreements ranks Putin’s opening turn first, where the default would not', async () => {
    expect((await defaultRanking('Minsk Agreements'))[0]).toMatch(/#(john-roe|jane-doe)-1$/);
    const ranked = await searchPage('?q=Minsk+Agreements');
    expect(ranked[0]).toBe(`${TALKS}#vladimir-putin-1`);
    expect(ranked).toEqual(expect.arrayContaining([`${BRIEFING}#john-roe-1`, `${BRIEFING}#jane-doe-1`]));
  });

  test.each(['Minsk', 'agreements'])('%s: a speech that dwells on the word comes before a one-line mention', async (word) => {
    expect((await defaultRanking(word))[0]).toMatch(/#(john-roe|jane-doe)-1$/);
    expect((await searchPage(`?q=${word}`))[0]).toBe(`${TALKS}#vladimir-putin-1`);
  });

  test('a short turn that is about nothing else still leads', async () => {
    expect((await searchPage('?q=harvest')).slice(0, 2).sort()).toEqual([`${BRIEFING}#jane-doe-2`, `${BRIEFING}#john-roe-2`]);
    expect((await searchPage('?q=trade'))[0]).toBe(`${BRIEFING}#john-roe-1`);
  });
});

describe('filters across transcripts, under a base path', () => {
  test('a year filter is offered once there are several years, and narrows to that year', async () => {
    await searchPage('?q=Minsk');
    expect(await page.$$eval('select[name="year"] option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(['', '2022', '2019']);
    const hits = await searchPage('?q=Minsk&year=2019');
    expect(hits.sort()).toEqual([`${BRIEFING}#jane-doe-1`, `${BRIEFING}#john-roe-1`]);
  });

  test('the transcript filter keeps to one transcript', async () => {
    const hits = await searchPage('?q=sanctions&transcript=2019-12-09-trade-briefing');
    expect(hits).toEqual([`${BRIEFING}#jane-doe-1`]);
    expect((await searchPage('?q=sanctions')).length).toBeGreaterThan(1);
  });

  test('a listing without words: a speaker’s first turn in each transcript, and every turn within one', async () => {
    expect(await searchPage('?speaker=john-roe')).toEqual([`${BRIEFING}#john-roe-1`]);
    await expect(page.locator('.hit-more').textContent()).resolves.toBe('3 more turns here');
    await page.locator('.hit-more').click();
    // The link carries the transcript's year, which takes the search straight to its shard.
    await page.waitForURL((url) => url.search === '?speaker=john-roe&transcript=2019-12-09-trade-briefing&year=2019');
    expect(await searchPage('?speaker=john-roe&transcript=2019-12-09-trade-briefing')).toEqual([
      `${BRIEFING}#john-roe-1`,
      `${BRIEFING}#john-roe-2`,
      `${BRIEFING}#john-roe-3`,
      `${BRIEFING}#john-roe-4`,
    ]);
    expect(await searchPage(`?speaker=vladimir-putin&transcript=2022-02-18-russian-belarusian-talks`)).toEqual([`${TALKS}#vladimir-putin-1`, `${TALKS}#vladimir-putin-2`, `${TALKS}#vladimir-putin-3`]);
  });

  test('a result lands on its turn under the base path, highlighted', async () => {
    await searchPage('?q=Minsk+Agreements');
    await page.locator('.hit-link').first().click();
    await page.waitForSelector('#vladimir-putin-1 mark.pagefind-highlight');
    expect(new URL(page.url()).pathname).toBe(TALKS);
  });
});
