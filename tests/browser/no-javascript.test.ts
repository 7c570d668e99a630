import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { sitePages } from '../helpers/site-pages';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const { pages } = sitePages();

let browser: Browser;
let site: StaticSite;
let context: BrowserContext;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
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
});
