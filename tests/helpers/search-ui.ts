import type { Page } from 'playwright-core';

/**
 * Drives the site's search the way a reader does, for the quality gates: they must see it with
 * results showing. The selectors are the search interface's (`src/pages/search.astro`,
 * `src/components/SiteSearch.astro`).
 */

/** Whether the built site has a search page. */
export const SEARCH_PAGE = '/search/';

/** Opens `/search/?q=…` and waits until its results are listed. */
export async function searchPageWithResults(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.waitForFunction(() => !document.querySelector('search-page[aria-busy]') && document.querySelectorAll('.search-results .hit-link').length > 0);
}

/** Types into the header's search box and waits until its panel lists results. */
export async function headerSearchWithResults(page: Page, query: string): Promise<void> {
  const box = page.locator('site-search input[type="search"]');
  await box.waitFor();
  await page.waitForFunction(() => !document.querySelector('site-search input[disabled]'));
  await box.focus();
  await box.fill(query);
  await page.waitForFunction(() => {
    const panel = document.querySelector<HTMLElement>('site-search .search-panel');
    return panel !== null && !panel.hidden && panel.querySelectorAll('.hit-link').length > 0;
  });
}

/** The result links a results list shows, as absolute URLs. */
export async function resultLinks(page: Page, list = '.search-results'): Promise<string[]> {
  return page.$$eval(`${list} .hit-link`, (links) => links.map((link) => (link as HTMLAnchorElement).href));
}
