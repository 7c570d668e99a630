import type { Browser, Page } from 'playwright-core';

export interface SearchFigures {
  query: string;
  speaker: string | undefined;
  /** Results found (the count the page announces). */
  status: string;
  /** Opening `/search/?q=…` in a fresh browser: navigation start to results painted. */
  coldMs: number;
  /** Requests and transferred (gzip) bytes of that first search, the page included. */
  requests: number;
  bytes: number;
  /** The same search again on the open page: Enter to results painted (median of 5). */
  warmMs: number;
}

/**
 * Marks in the page when `<search-page>` has painted results: it sets `aria-busy` while a
 * search runs, and the frame after it clears it with results in the list is the paint.
 */
function instrument(): void {
  const w = window as unknown as { __painted: number[] };
  w.__painted = [];
  const watch = () => {
    const element = document.querySelector('search-page');
    if (!element) return false;
    new MutationObserver(() => {
      if (!element.hasAttribute('aria-busy') && element.querySelector('.search-results > *')) {
        requestAnimationFrame(() => w.__painted.push(performance.now()));
      }
    }).observe(element, { attributes: true, attributeFilter: ['aria-busy'], childList: true, subtree: true });
    return true;
  };
  if (!watch()) document.addEventListener('DOMContentLoaded', watch);
}

const paintedAfter = (page: Page, count: number) =>
  page.waitForFunction((n) => (window as unknown as { __painted: number[] }).__painted.length > n, count, { timeout: 60_000, polling: 5 });

/**
 * Drives the real `/search/` page in Chromium: a shared search link opened cold (empty cache,
 * Pagefind not loaded), then the same search submitted again warm.
 */
export async function searchFigures(browser: Browser, siteUrl: string, query: string, speaker?: string): Promise<SearchFigures> {
  const params = new URLSearchParams({ q: query, ...(speaker ? { speaker } : {}) });
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(new URL(`search/?${params}`, siteUrl).href);
  await paintedAfter(page, 0);
  const coldMs = await page.evaluate(() => (window as unknown as { __painted: number[] }).__painted[0] ?? Number.NaN);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  const requests = sizes.length;
  const status = (await page.textContent('search-page .search-status'))?.trim() ?? '';

  const warm: number[] = [];
  const input = page.locator('search-page input[name="q"]');
  for (let round = 0; round < 5; round++) {
    const before = await page.evaluate(() => (window as unknown as { __painted: number[] }).__painted.length);
    await input.focus();
    const started = await page.evaluate(() => {
      const form = document.querySelector('search-page form') as HTMLFormElement;
      const start = performance.now();
      form.requestSubmit();
      return start;
    });
    await paintedAfter(page, before);
    const painted = await page.evaluate((n) => (window as unknown as { __painted: number[] }).__painted[n] ?? Number.NaN, before);
    warm.push(painted - started);
  }
  await context.close();
  warm.sort((a, b) => a - b);
  return { query, speaker, status, coldMs, requests, bytes, warmMs: warm[2] ?? Number.NaN };
}
