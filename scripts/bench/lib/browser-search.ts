import type { Browser, Page } from 'playwright-core';

export interface SearchFigures {
  query: string;
  /** The filters in the search link, such as `{ speaker: 'vladimir-putin' }` or `{ year: '2016' }`. */
  filters: Record<string, string>;
  /** Results found (the count the page announces). */
  status: string;
  /** Opening `/search/?q=…` in a fresh browser: navigation start to results painted. */
  coldMs: number;
  /** Of which the search page itself, until its scripts ran (DOMContentLoaded). */
  pageMs: number;
  /** Requests and transferred (gzip) bytes of that first search, the page included. */
  requests: number;
  bytes: number;
  /** The same search again on the open page: Enter to results painted (median of 5). */
  warmMs: number;
}

/**
 * Marks in the page when `<search-page>` has painted results: it sets `aria-busy` while a
 * search runs and clears it when the results are in the list; the next frame paints them.
 * Installed before the page's own scripts, so the very first search is seen too.
 */
function instrument(): void {
  const w = window as unknown as { __painted: number[] };
  w.__painted = [];
  let busy = false;
  new MutationObserver(() => {
    const element = document.querySelector('search-page');
    if (!element) return;
    if (element.hasAttribute('aria-busy')) busy = true;
    else if (busy && element.querySelector('.search-results > *')) {
      busy = false;
      requestAnimationFrame(() => w.__painted.push(performance.now()));
    }
  }).observe(document, { attributes: true, attributeFilter: ['aria-busy'], childList: true, subtree: true });
}

const paintedAfter = (page: Page, count: number) =>
  page.waitForFunction((n) => (window as unknown as { __painted: number[] }).__painted.length > n, count, { timeout: 60_000, polling: 5 });

/** Cold runs per search; the median is reported, as a shared machine makes single runs noisy. */
const COLD_RUNS = 3;
/** Warm runs per search, on one open page. */
const WARM_RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Drives the real `/search/` page in Chromium: a shared search link opened cold (fresh
 * browser context: empty cache, Pagefind not loaded), then the same search submitted again on
 * the open page, warm.
 */
export async function searchFigures(browser: Browser, siteUrl: string, query: string, filters: Record<string, string> = {}): Promise<SearchFigures> {
  const runs: Omit<SearchFigures, 'warmMs'>[] = [];
  const warm: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const { figures, page, context } = await openSearch(browser, siteUrl, query, filters);
    runs.push(figures);
    if (run === 0) warm.push(...(await resubmit(page, WARM_RUNS)));
    await context.close();
  }
  const [first] = runs;
  if (!first) throw new Error('no search ran');
  return { ...first, coldMs: median(runs.map((r) => r.coldMs)), pageMs: median(runs.map((r) => r.pageMs)), warmMs: median(warm) };
}

async function openSearch(browser: Browser, siteUrl: string, query: string, filters: Record<string, string>) {
  const params = new URLSearchParams({ q: query, ...filters });
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(new URL(`search/?${params}`, siteUrl).href);
  await paintedAfter(page, 0);
  const [coldMs = Number.NaN, pageMs = Number.NaN] = await page.evaluate(() => [
    (window as unknown as { __painted: number[] }).__painted[0],
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd,
  ]);
  page.removeAllListeners('requestfinished');
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  const status = (await page.textContent('search-page .search-status'))?.trim() ?? '';
  return { figures: { query, filters, status, coldMs, pageMs, requests: sizes.length, bytes }, page, context };
}

/** Submits the search on the page again (Enter in the box): time to results painted, each run. */
async function resubmit(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const before = await page.evaluate(() => (window as unknown as { __painted: number[] }).__painted.length);
    const started = await page.evaluate(() => {
      const start = performance.now();
      document.querySelector<HTMLFormElement>('search-page form')?.requestSubmit();
      return start;
    });
    await paintedAfter(page, before);
    times.push((await page.evaluate((n) => (window as unknown as { __painted: number[] }).__painted[n] ?? Number.NaN, before)) - started);
  }
  return times;
}
