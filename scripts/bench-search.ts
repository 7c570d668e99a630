/**
 * Search figures, printed, not asserted: `npm run bench:search`. Builds the site (set
 * SKIP_BUILD=1 to reuse dist/, TRANSCRIPTS_DIR to bench another content folder), then in
 * Chromium, for a few queries typed into the header's search box:
 *
 * - cold: a fresh browser, a transcript page, then the query: every byte the first query
 *   fetches (search code, Pagefind, its index), gzip-sized, and the number of requests;
 * - warm: the same page after an earlier search, so only this query's index chunks and
 *   results are new;
 * - both: the time from the keystroke to the results painted (median of RUNS).
 *
 * It also prints what a reader who never searches downloads, and the size of the search
 * interface's own code. Our static server does not compress, so sizes are gzip (level 9) of
 * each fetched body, as a host that compresses would send them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../src/tooling/chromium';
import { DIST } from '../src/tooling/site-build';
import { serveStatic, type StaticSite } from '../src/tooling/static-server';

const QUERIES = ['Minsk Agreements', '"Minsk Agreements"', 'sanctions', 'potassium fertiliser', 'Lukashenko'];
// Matches two short turns: Pagefind and the UI load, few of the measured queries' results do.
const WARM_UP = 'Kommersant';
const RUNS = 3;

interface Fetch {
  path: string;
  gzip: number;
}

interface Sample {
  fetches: Fetch[];
  ms: number;
}

if (!process.env['SKIP_BUILD']) {
  console.log('Building the site …');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

const transcript = readdirSync(`${DIST}/transcripts`)[0];
if (!transcript) throw new Error('dist/ holds no transcript page');
const PAGE = `transcripts/${transcript}/`;

const [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
try {
  const reading = await readingCost(browser, site);
  console.log(`\nReading ${PAGE} without searching: ${reading.length} script request(s), ${kb(reading)} KB gzip, no Pagefind file.`);

  const rows: string[][] = [];
  const uiChunks = new Map<string, number>();
  for (const query of QUERIES) {
    const cold: Sample[] = [];
    const warm: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      const samples = await coldAndWarm(browser, site, query);
      cold.push(samples.cold);
      warm.push(samples.warm);
      for (const fetch of [...samples.cold.fetches, ...reading]) if (fetch.path.includes('/_astro/')) uiChunks.set(fetch.path, fetch.gzip);
    }
    rows.push([query, ...figures(cold), ...figures(warm)]);
  }

  console.log(`\nFirst query from the header box, ${RUNS} runs each (requests and gzip KB: first run; ms: median, keystroke to results painted)\n`);
  printTable(['query', 'cold requests', 'cold KB', 'cold ms', 'warm requests', 'warm KB', 'warm ms'], rows);

  const first = (await coldAndWarm(browser, site, QUERIES[0] ?? 'Minsk')).cold.fetches;
  console.log(`\nWhat the cold "${QUERIES[0]}" fetched, KB gzip:`);
  for (const fetch of first) console.log(`  ${fetch.path.padEnd(48)} ${kb([fetch]).padStart(6)}`);
  for (const fetch of await searchPageAndLanding(browser, site)) uiChunks.set(fetch.path, fetch.gzip);
  const ui = [...uiChunks].map(([path, gzip]) => ({ path, gzip }));
  console.log(`\nThe search interface's own code, every chunk of it (header box, search page, landing highlight): ${ui.length} files, ${kb(ui)} KB gzip (target: under 10 KB)`);
} finally {
  await browser.close();
  await site.close();
}

/** Script requests of a transcript page opened and left alone. */
async function readingCost(browser: Browser, site: StaticSite): Promise<Fetch[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = record(page);
  await page.goto(new URL(PAGE, site.url).href, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  const fetches = await Promise.all(pending);
  if (fetches.some((fetch) => fetch.path.includes('/pagefind/'))) throw new Error('a page fetched Pagefind without a search');
  return fetches.filter((fetch) => fetch.path.endsWith('.js'));
}

/**
 * One cold search in a fresh browser context; then, in another, a warm one: the same query
 * after an earlier search has loaded the interface and Pagefind.
 */
async function coldAndWarm(browser: Browser, site: StaticSite, query: string): Promise<{ cold: Sample; warm: Sample }> {
  const searchIn = async (warmUp: boolean): Promise<Sample> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(PAGE, site.url).href);
    await page.waitForSelector('#site-search-q:enabled');
    if (warmUp) await timedSearch(page, WARM_UP, true);
    const sample = await timedSearch(page, query, !warmUp);
    await context.close();
    return sample;
  };
  return { cold: await searchIn(false), warm: await searchIn(true) };
}

/** Types `query` into the header box; measures what it fetches and when results are painted. */
async function timedSearch(page: Page, query: string, cold: boolean): Promise<Sample> {
  // Clearing the box would focus it, and focus starts loading: a cold search must not.
  if (!cold) {
    await page.locator('#site-search-q').fill('');
    await page.waitForTimeout(200);
  }
  const fetches = record(page);
  const painted = page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#site-search-q');
        const summary = document.querySelector('.search-panel-summary');
        let start = 0;
        input?.addEventListener('input', () => (start = performance.now()), { once: true });
        const observer = new MutationObserver(() => {
          if (!start || input?.value !== expected || !summary?.textContent) return;
          observer.disconnect();
          // The frame after the one that paints the new results.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        });
        observer.observe(document.querySelector('.search-panel') ?? document.body, { subtree: true, childList: true, characterData: true });
      }),
    query,
  );
  await page.locator('#site-search-q').fill(query);
  const ms = await painted;
  await page.waitForTimeout(300);
  page.removeAllListeners('requestfinished');
  return { fetches: await Promise.all(fetches), ms };
}

/** Every request the page completes from now on, gzip-sized. */
function record(page: Page): Promise<Fetch>[] {
  const fetches: Promise<Fetch>[] = [];
  page.on('requestfinished', (request: Request) => fetches.push(sized(request)));
  return fetches;
}

async function sized(request: Request): Promise<Fetch> {
  const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
  return { path: new URL(request.url()).pathname, gzip: gzipSync(body, { level: 9 }).length };
}

/** The interface's scripts on the search page and on a turn reached from a result. */
async function searchPageAndLanding(browser: Browser, site: StaticSite): Promise<Fetch[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = record(page);
  await page.goto(new URL('search/?q=Minsk', site.url).href, { waitUntil: 'networkidle' });
  await page.locator('.hit-link').first().click();
  await page.waitForSelector('mark.pagefind-highlight');
  await context.close();
  return (await Promise.all(pending)).filter((fetch) => fetch.path.includes('/_astro/') && fetch.path.endsWith('.js'));
}

function figures(samples: Sample[]): string[] {
  const first = samples[0];
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return [String(first?.fetches.length ?? 0), kb(first?.fetches ?? []), (times[Math.floor(times.length / 2)] ?? 0).toFixed(0)];
}

function sum(fetches: Fetch[]): number {
  return fetches.reduce((total, fetch) => total + fetch.gzip, 0);
}

function kb(fetches: Fetch[]): string {
  return (sum(fetches) / 1024).toFixed(1);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
