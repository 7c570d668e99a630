import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Browser } from 'playwright-core';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import type { GeneratedTranscript } from '../../src/tooling/corpus/transcript';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { PASSAGE_WORDS } from '../../src/integrations/search-passages';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import type { StaticSite } from '../../src/tooling/static-server';
import { describe, expect, test } from '../helpers/browser-test';
import { builtHtml, builtPage } from '../helpers/built-site';
import { turnRecordsFromPage } from '../helpers/page-records';

/** An archive of 30 generated transcripts of 500 to 8,000 words, built once for every test in this file. */
const corpus: GeneratedTranscript[] = [...generateCorpus({ count: 30, seed: 'archive-test', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 8000 })];
const newestFirst = [...corpus].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

/** Each speaker's turns across the archive, oldest transcript first: `slug#anchor`. */
const turnsBySpeaker = new Map<string, string[]>();
for (const transcript of [...corpus].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))) {
  const seen = new Map<string, number>();
  for (const speaker of transcript.turnSpeakers) {
    seen.set(speaker, (seen.get(speaker) ?? 0) + 1);
    turnsBySpeaker.set(speaker, [...(turnsBySpeaker.get(speaker) ?? []), `${transcript.slug}#${speaker}-${seen.get(speaker)}`]);
  }
}
const transcriptsOf = (speaker: string) => new Set((turnsBySpeaker.get(speaker) ?? []).map((turn) => turn.split('#')[0]));
/** The speaker who speaks in the most transcripts, and one who recurs less. */
const [busiest = '', recurring = ''] = [...turnsBySpeaker.keys()].sort((a, b) => transcriptsOf(b).size - transcriptsOf(a).size).filter((key) => transcriptsOf(key).size >= 3);

/**
 * A word that a few dozen speakers' turns in different transcripts say: enough results for
 * “Show more” to be pressed several times, few enough to show them all without pressing it for
 * every turn of the archive (as a word like "the" would).
 */
const SOME_RESULTS = (() => {
  const pairs = new Map<string, Set<string>>();
  for (const { slug, markdown } of corpus) {
    for (const [, speaker = '', text = ''] of markdown.matchAll(/^## (\S+)\n\n([\s\S]*?)(?=\n## |$)/gmu)) {
      for (const word of new Set(text.toLowerCase().match(/\p{L}{6,}/gu) ?? [])) pairs.set(word, (pairs.get(word) ?? new Set()).add(`${slug} ${speaker}`));
    }
  }
  const [fit] = [...pairs].filter(([, said]) => said.size >= 30 && said.size <= 45).sort(([a, x], [b, y]) => x.size - y.size || a.localeCompare(b));
  if (!fit) throw new Error('no word of the generated archive is said by 30 to 45 speakers’ turns in different transcripts');
  return fit[0];
})();

let build: BuildResult;
/** The generated archive's build, served. */
let site: StaticSite;

test.beforeAll(async ({ serve }) => {
  const dir = contentFolder({});
  for (const transcript of corpus) writeFileSync(join(dir, `${transcript.slug}.md`), transcript.markdown);
  build = buildFrom(dir);
  if (build.status !== 0) throw new Error(`the generated archive did not build:\n${build.output}`);
  site = await serve(build.outDir);
});

describe('a site built from 30 generated transcripts', () => {
  test('the home page lists the newest 25 and /page/2/ the 5 older ones, linked by a pager', () => {
    const listed = (path: string) => (selectAll('ol.transcripts a.title', builtPage(path, build.outDir)) as Element[]).map((link) => link.properties['href']);
    expect(listed('/')).toEqual(newestFirst.slice(0, 25).map((t) => `/transcripts/${t.slug}/`));
    expect(listed('/page/2/')).toEqual(newestFirst.slice(25).map((t) => `/transcripts/${t.slug}/`));
    expect(existsSync(join(build.outDir, 'page', '3'))).toBe(false);
    const pager = (path: string) => (selectAll('nav.pager a', builtPage(path, build.outDir)) as Element[]).map((link) => [link.properties['href'], link.properties['ariaCurrent'] ?? link.properties['rel']]);
    expect(pager('/')).toEqual([['/', 'page'], ['/page/2/', undefined], ['/page/2/', ['next']]]);
    expect(pager('/page/2/')).toEqual([['/', ['prev']], ['/', undefined], ['/page/2/', 'page']]);
    expect(builtHtml('/page/2/', build.outDir)).toContain('transcripts 26–30 of 30');
  });

  test.each(corpus.map((t) => [t.slug, t] as const))('/transcripts/%s/ shows every turn, by the right speaker', (slug, transcript) => {
    const turns = selectAll('section.turn', builtPage(`/transcripts/${slug}/`, build.outDir)) as Element[];
    expect(turns.map((turn) => turn.properties['dataSpeaker'])).toEqual(transcript.turnSpeakers);
  });

  test.each([busiest, recurring])('the pages of %s, a speaker across transcripts, list exactly their turns in date order', (speaker) => {
    expect(transcriptsOf(speaker).size).toBeGreaterThanOrEqual(3);
    const dir = join(build.outDir, 'speakers', speaker);
    const pages = ['/', ...readdirSync(dir).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b)).map((n) => `/${n}/`)];
    const listed = pages.flatMap((page) => {
      const html = builtHtml(`/speakers/${speaker}${page}`, build.outDir);
      expect(html.length).toBeLessThan(200 * 1024);
      return [...html.matchAll(/<li class="speaker-turn[ "][^>]* data-turn="([^"]+)"/g)].map((match) => match[1]);
    });
    expect(listed).toEqual(turnsBySpeaker.get(speaker));
  });

  test('the search index holds every turn of every page, as the page shows it, in passages of one speaker in one transcript', () => {
    const fromPages = corpus.map(({ slug }) => turnRecordsFromPage(builtHtml(`/transcripts/${slug}/`, build.outDir), `/transcripts/${slug}/`, slug));
    const dirs = readdirSync(join(build.outDir, 'pagefind')).filter((name) => /^\d{4}(?:-\d{4})?$/.test(name)).map((year) => join(build.outDir, 'pagefind', year, 'fragment'));
    const indexed = dirs.flatMap((dir) => readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).toString('utf8').slice('pagefind_dcd'.length)) as Fragment));
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const byUrl = new Map(indexed.map((fragment) => [fragment.url, fragment]));
    const expected = fromPages.flatMap((records) => {
      const bySpeaker = Map.groupBy(records, (record) => record.filters.speaker[0]);
      return [...bySpeaker.values()].flatMap((turns) => {
        // A speaker's turns, in runs of at most PASSAGE_WORDS words (a longer turn alone).
        const runs: (typeof turns)[] = [];
        let words = 0;
        for (const turn of turns) {
          const length = turn.content.split(/\s+/).length;
          const run = runs.at(-1);
          if (run && words + length <= PASSAGE_WORDS) {
            run.push(turn);
            words += length;
          } else {
            runs.push([turn]);
            words = length;
          }
        }
        return runs.map((run) => ({ run, parts: runs.length }));
      });
    });
    expect(indexed).toHaveLength(expected.length);
    expect(expected.some(({ parts }) => parts > 1)).toBe(true);
    expect(expected.reduce((sum, { run }) => sum + run.length, 0)).toBe(fromPages.flat().length);
    for (const { run, parts } of expected) {
      const [first] = run;
      const fragment = byUrl.get(first?.url ?? '');
      expect(fragment?.anchors.map((anchor) => anchor.id)).toEqual(run.map((turn) => turn.url.split('#')[1]));
      expect(fragment?.meta).toEqual({ ...first?.meta, 'transcript-title': first?.filters['transcript-title'][0], date: first?.filters.date[0], parts: String(parts) });
      expect(fragment?.filters).toEqual({ speaker: first?.filters.speaker, transcript: first?.filters.transcript, year: first?.filters.year });
      expect(flat(fragment?.content ?? '')).toContain(flat(run.map((turn) => turn.content).join(' ')));
    }
  });
});

interface Fragment {
  url: string;
  content: string;
  anchors: { id: string }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

describe('searching the archive in Chromium', () => {
  /** The turns a search page lists: `slug#anchor` and the date shown, for all results. */
  async function results(browser: Browser, query: string): Promise<{ turn: string; date: string }[]> {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?${query}`);
    await page.waitForSelector('search-page .search-results > li');
    while (await page.locator('search-page .search-more').isVisible()) {
      const count = await page.locator('.search-hit').count();
      await page.locator('search-page .search-more').click();
      // More results, or older years searched and found to hold no more.
      await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n || document.querySelector<HTMLElement>('search-page .search-more')?.hidden, count);
    }
    const hits = await page.$$eval('.search-hit a.hit-link', (links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return { turn: `${url.pathname.split('/')[2]}#${url.hash.slice(1)}`, date: link.querySelector('time')?.getAttribute('datetime') ?? '' };
      }),
    );
    await page.close();
    return hits;
  }

  test('the speaker filter returns that speaker’s turns only, across transcripts', async ({ browser }) => {
    const hits = await results(browser, `q=the&speaker=${recurring}`);
    expect(hits.length).toBeGreaterThan(0);
    for (const { turn } of hits) expect(turnsBySpeaker.get(recurring)).toContain(turn);
    expect(new Set(hits.map(({ turn }) => turn.split('#')[0])).size).toBeGreaterThanOrEqual(2);
  });

  test('a speaker listing without words starts each of their passages, newest transcript first, in reading order', async ({ browser }) => {
    const hits = await results(browser, `speaker=${busiest}`);
    const theirs = newestFirst.filter((t) => transcriptsOf(busiest).has(t.slug)).map((t) => t.slug);
    const slugs = hits.map(({ turn }) => turn.split('#')[0] ?? '');
    expect([...new Set(slugs)]).toEqual(theirs);
    for (const slug of theirs) {
      const numbers = hits.filter(({ turn }) => turn.startsWith(`${slug}#`)).map(({ turn }) => Number(/-(\d+)$/.exec(turn)?.[1]));
      expect(numbers[0]).toBe(1);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  test('“Show more” adds the next ten results and moves focus to the first of them, until all are shown', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${SOME_RESULTS}`);
    await page.waitForFunction(() => !document.querySelector('search-page[aria-busy]') && document.querySelectorAll('.search-hit').length > 0);
    // The newest years answer first; older ones are searched as more results are wanted.
    expect(await page.locator('.search-status').textContent()).toMatch(/^(At least )?[\d,]+ turns? from [\d,]+ speakers?/);
    await expect(page.locator('.search-hit').count()).resolves.toBe(10);
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 10);
    const links = await page.$$eval('.search-results .hit-link', (all) => all.map((link) => (link as HTMLAnchorElement).href));
    expect(links).toHaveLength(20);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(links[10]);
    while (await page.locator('.search-more').isVisible()) {
      const count = await page.locator('.search-hit').count();
      await page.locator('.search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n || document.querySelector<HTMLElement>('.search-more')?.hidden, count);
    }
    // Every year searched and every result shown: the count is the whole archive's, turn by turn, as the index holds them.
    const { results, turns, speakers } = (await page.evaluate(`(async () => {
      const { shards } = await (await fetch('/pagefind/shards.json')).json();
      const [first, ...others] = shards;
      const pagefind = (await import('/pagefind/' + first.path + 'pagefind.js')).createInstance({ basePath: '/pagefind/' + first.path });
      for (const shard of others) await pagefind.mergeIndex('/pagefind/' + shard.path);
      const records = await Promise.all((await pagefind.search('${SOME_RESULTS}')).results.map((result) => result.data()));
      // A record found by its speaker's name or role alone has no sub-result: it stands for its first turn.
      const turns = records.reduce((sum, record) => sum + Math.max(1, new Set(record.sub_results.map((sub) => sub.url)).size), 0);
      return { results: records.length, turns, speakers: new Set(records.map((record) => record.filters.speaker[0])).size };
    })()`)) as { results: number; turns: number; speakers: number };
    expect(results).toBeGreaterThan(20);
    await expect(page.locator('.search-hit').count()).resolves.toBe(results);
    await expect(page.locator('.search-status').textContent()).resolves.toBe(`${turns.toLocaleString('en')} turns from ${speakers.toLocaleString('en')} speakers`);
    await page.close();
  });

  test('the year filter returns turns of that year only', async ({ browser }) => {
    const year = newestFirst[10]?.date.slice(0, 4) ?? '';
    const hits = await results(browser, `q=the&year=${year}`);
    const ofYear = corpus.filter((t) => t.date.startsWith(year));
    expect(hits.length).toBeGreaterThan(0);
    for (const { turn, date } of hits) {
      expect(date.startsWith(year)).toBe(true);
      expect(ofYear.map((t) => t.slug)).toContain(turn.split('#')[0]);
    }
  });
});

test('the speaker pages exist for every speaker in the archive', () => {
  for (const speaker of turnsBySpeaker.keys()) expect(existsSync(join(build.outDir, 'speakers', speaker, 'index.html'))).toBe(true);
});
