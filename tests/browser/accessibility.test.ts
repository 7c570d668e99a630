import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { headerSearchWithResults, searchPageWithResults } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const { pages } = sitePages();
/** Words of the seed transcript that several turns say, so that each list shows results. */
const QUERY = 'Minsk';
const VIEWS = [
  { scheme: 'light', width: 360 },
  { scheme: 'dark', width: 360 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
] as const;

let browser: Browser;
let site: StaticSite;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
  for (const view of VIEWS) {
    contexts.set(`${view.scheme} ${view.width}`, await browser.newContext({ colorScheme: view.scheme, viewport: { width: view.width, height: 800 } }));
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(VIEWS)('axe-core finds no WCAG 2.2 AA or best-practice violation, $scheme, $width px wide', ({ scheme, width }) => {
  test.each(pages)('$path', async ({ path }) => {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await page.goto(new URL(path.slice(1), site.url).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the search page with results showing', async () => {
    const page = await (contexts.get(`${scheme} ${width}`) as BrowserContext).newPage();
    try {
      await searchPageWithResults(page, site.url, QUERY);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the header search panel open with results', async () => {
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
