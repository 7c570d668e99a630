import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { describe, expect, test } from '../helpers/browser-test';
import { headerSearchWithResults, searchPageWithResults } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';
import { inEachView, noProblems, viewName, type View } from '../helpers/views';

const { pages } = sitePages();
/** Words of the seed transcript that several turns say, so that each list shows results. */
const QUERY = 'Minsk';
const VIEWS: View[] = [
  { scheme: 'light', width: 360 },
  { scheme: 'dark', width: 360 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
];

/** Opens a page, lets `show` bring it to the state to check, and runs axe on it in each view. */
async function violationsInEachView(browser: Browser, show: (page: Page) => Promise<unknown>): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  try {
    await show(page);
    return await inEachView(page, VIEWS, (checked) => axeViolations(checked));
  } finally {
    await page.close();
  }
}

describe(`axe-core finds no WCAG 2.2 AA or best-practice violation, in each view (${VIEWS.map(viewName).join('; ')})`, () => {
  // Pages are checked two at a time, each in a page of its own: axe works in the page's
  // renderer, so two cores check two pages while the test waits.
  test.concurrent.for(pages)('$path', async ({ path }, { browser, site }) => {
    expect(await violationsInEachView(browser, (page) => page.goto(new URL(path.slice(1), site.url).href))).toEqual(noProblems(VIEWS));
  });

  test('the search page with results showing', async ({ browser, site }) => {
    expect(await violationsInEachView(browser, (page) => searchPageWithResults(page, site.url, QUERY))).toEqual(noProblems(VIEWS));
  });

  test('the header search panel open with results', async ({ browser, site }) => {
    const open = async (page: Page) => {
      await page.goto(site.url);
      await headerSearchWithResults(page, QUERY);
    };
    expect(await violationsInEachView(browser, open)).toEqual(noProblems(VIEWS));
  });
});
