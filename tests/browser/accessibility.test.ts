import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { describe, expect, test } from '../helpers/browser-test';
import { headerSearchWithResults, searchPageWithResults } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';

const { pages } = sitePages();
/** Words of the seed transcript that several turns say, so that each list shows results. */
const QUERY = 'Minsk';
const VIEWS = [
  { scheme: 'light', width: 360 },
  { scheme: 'dark', width: 360 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
] as const;

const contexts = new Map<string, BrowserContext>();

test.beforeAll(async ({ browser }) => {
  for (const view of VIEWS) {
    contexts.set(`${view.scheme} ${view.width}`, await browser.newContext({ colorScheme: view.scheme, viewport: { width: view.width, height: 800 } }));
  }
});

describe.each(VIEWS)('axe-core finds no WCAG 2.2 AA or best-practice violation, $scheme, $width px wide', ({ scheme, width }) => {
  /** Opens a page in this view, lets `show` bring it to the state to check, and runs axe on it. */
  async function noViolations(show: (page: Page) => Promise<void>): Promise<void> {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await show(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }

  // Pages are checked a few at a time, each in a page of its own: axe works in the page's
  // renderer, so two cores check two pages while the test waits.
  test.concurrent.for(pages)('$path', async ({ path }, { site }) => {
    await noViolations(async (page) => {
      await page.goto(new URL(path.slice(1), site.url).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    });
  });

  test('the search page with results showing', async ({ site }) => {
    await noViolations((page) => searchPageWithResults(page, site.url, QUERY));
  });

  test('the header search panel open with results', async ({ site }) => {
    await noViolations(async (page) => {
      await page.goto(site.url);
      await headerSearchWithResults(page, QUERY);
    });
  });
});
