import type { BrowserContext } from 'playwright-core';
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
  test.for(pages)('$path', async ({ path }, { site }) => {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await page.goto(new URL(path.slice(1), site.url).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the search page with results showing', async ({ site }) => {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await searchPageWithResults(page, site.url, QUERY);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the header search panel open with results', async ({ site }) => {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await page.goto(site.url);
      await headerSearchWithResults(page, QUERY);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
