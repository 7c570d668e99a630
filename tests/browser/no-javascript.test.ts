import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { resultLinks, searchPageWithResults } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const { pages } = sitePages();

let browser: Browser;
let site: StaticSite;
let context: BrowserContext;
/** Every turn on the site, as `/transcripts/x/#anchor`, read from the built pages. */
let turns: string[];

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  turns = [];
  for (const { path } of pages) {
    await page.goto(new URL(path.slice(1), site.url).href);
    turns.push(...(await page.locator('section.turn[id]').evaluateAll((sections) => sections.map((section) => `${location.pathname}#${section.id}`))));
  }
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Blocks of text inside `<main>` that JavaScript must not be needed to show. */
const TEXT_BLOCKS = 'main :is(p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figcaption, caption, td, th, pre)';

describe('with JavaScript off', () => {
  test.each(pages)('$path shows every block of its text', async ({ path }) => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(path.slice(1), site.url).href);
      const blocks = await page.locator(TEXT_BLOCKS).evaluateAll((elements) =>
        elements
          // Parts the HTML itself hides (`hidden`, templates) are for scripts to reveal; the rest is content.
          .filter((element) => !element.closest('[hidden], template') && (element.textContent ?? '').trim() !== '')
          .map((element) => {
            const box = element.getBoundingClientRect();
            const visible = element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
            return { text: (element.textContent ?? '').trim().slice(0, 60), visible };
          }),
      );
      expect(blocks.length).toBeGreaterThan(0);
      expect(blocks.filter((block) => !block.visible).map((block) => block.text)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('every in-site link to an anchor lands on its target, in view', async () => {
    const page = await context.newPage();
    const targets = new Map<string, Set<string>>();
    for (const { path } of pages) {
      await page.goto(new URL(path.slice(1), site.url).href);
      const hrefs = await page.locator('a[href*="#"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(site.url).origin || url.hash.startsWith('#:~:')) continue;
        const fragment = decodeURIComponent(url.hash.slice(1));
        url.hash = '';
        targets.set(url.href, (targets.get(url.href) ?? new Set()).add(fragment));
      }
    }
    const missed: string[] = [];
    let checked = 0;
    for (const [pageUrl, fragments] of targets) {
      await page.goto(pageUrl);
      for (const fragment of fragments) {
        await page.goto(`${pageUrl}#${encodeURIComponent(fragment)}`);
        const landed = await page.evaluate((id) => {
          const target = document.querySelector(':target');
          if (!target || target.id !== id) return `:target is ${target ? `#${target.id}` : 'nothing'}`;
          const box = target.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight ? 'ok' : `#${id} is out of view (top ${Math.round(box.top)})`;
        }, fragment);
        checked++;
        if (landed !== 'ok') missed.push(`${pageUrl}#${fragment}: ${landed}`);
      }
    }
    await page.close();
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(pages.length);
  });

  test('every turn a search lists lands on its turn', async () => {
    expect(turns.length).toBeGreaterThan(0);
    // Speaker names are indexed with every turn, so searching each name lists all their turns.
    const withScript = await browser.newContext();
    const searching = await withScript.newPage();
    const names = new Set<string>();
    for (const { path } of pages) {
      await searching.goto(new URL(path.slice(1), site.url).href);
      for (const name of await searching.locator('.turn-speaker-name').allTextContents()) names.add(name);
    }
    const links = new Set<string>();
    for (const name of names) {
      await searchPageWithResults(searching, site.url, name);
      const more = searching.locator('.search-more');
      while (await more.isVisible()) {
        const shown = await searching.locator('.search-results .hit-link').count();
        await more.click();
        await searching.waitForFunction((count) => document.querySelectorAll('.search-results .hit-link').length > count, shown);
      }
      for (const link of await resultLinks(searching)) links.add(link);
    }
    await withScript.close();

    const page = await context.newPage();
    const landed = new Set<string>();
    const missed: string[] = [];
    for (const link of links) {
      await page.goto(link);
      const id = decodeURIComponent(new URL(link).hash.slice(1));
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        const box = element?.getBoundingClientRect();
        return { id: element?.id, inView: box !== undefined && box.bottom > 0 && box.top < window.innerHeight };
      });
      if (target.id !== id || !target.inView) missed.push(`${link}: ${JSON.stringify(target)}`);
      landed.add(`${new URL(link).pathname}#${id}`);
    }
    await page.close();
    expect(missed).toEqual([]);
    expect(turns.filter((turn) => !landed.has(turn))).toEqual([]);
  });
});
