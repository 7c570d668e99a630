import type { Page } from 'playwright-core';
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

/**
 * Opens a page, lets `show` bring it to the state to check, and runs axe on it in each view:
 * the page is loaded once and then resized and switched between schemes, as a reader turning
 * a phone or changing the system's scheme does, rather than loaded four times. Returns each
 * view's violations, so that a failure names the view.
 */
async function violationsInEveryView(page: Page, show: (page: Page) => Promise<void>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  try {
    await show(page);
    for (const { scheme, width } of VIEWS) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const view = `${scheme}, ${width} px wide`;
      const inScheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      const inWidth = await page.evaluate(() => document.documentElement.clientWidth);
      found[view] = [...(inScheme === (scheme === 'dark') ? [] : ['the page did not take the colour scheme']), ...(inWidth === width ? [] : [`the page is ${inWidth} px wide`]), ...(await axeViolations(page))];
    }
  } finally {
    await page.close();
  }
  return found;
}

const none = Object.fromEntries(VIEWS.map(({ scheme, width }) => [`${scheme}, ${width} px wide`, []]));

describe(`axe-core finds no WCAG 2.2 AA or best-practice violation, in each view (${VIEWS.map(({ scheme, width }) => `${scheme} ${width} px`).join(', ')})`, () => {
  // Pages are checked two at a time, each in a page of its own: axe works in the page's
  // renderer, so two cores check two pages while the test waits.
  test.concurrent.for(pages)('$path', async ({ path }, { browser, site }) => {
    const page = await browser.newPage();
    expect(await violationsInEveryView(page, (opened) => opened.goto(new URL(path.slice(1), site.url).href).then(() => undefined))).toEqual(none);
  });

  test('the search page with results showing', async ({ browser, site }) => {
    expect(await violationsInEveryView(await browser.newPage(), (page) => searchPageWithResults(page, site.url, QUERY))).toEqual(none);
  });

  test('the header search panel open with results', async ({ browser, site }) => {
    const open = async (page: Page) => {
      await page.goto(site.url);
      await headerSearchWithResults(page, QUERY);
    };
    expect(await violationsInEveryView(await browser.newPage(), open)).toEqual(none);
  });
});
