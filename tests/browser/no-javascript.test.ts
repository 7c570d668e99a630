import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { indexRecords } from '../helpers/search-index';
import { resultLinks } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';

const { pages } = sitePages();

let context: BrowserContext;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
});

/** Blocks of text inside `<main>` that JavaScript must not be needed to show. */
const TEXT_BLOCKS = 'main :is(p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figcaption, caption, td, th, pre)';

/**
 * The opening words of each text block that is not shown. Parts the HTML itself hides
 * (`hidden`, templates) are for scripts to reveal, and are left out.
 */
function hiddenBlocks(page: Page): Promise<string[]> {
  return page.locator(TEXT_BLOCKS).evaluateAll((elements) =>
    elements
      .filter((element) => !element.closest('[hidden], template') && (element.textContent ?? '').trim() !== '')
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return !(element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0);
      })
      .map((element) => (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)),
  );
}

describe('with JavaScript off', () => {
  test.for(pages)('$path shows every block of its text', async ({ path }, { site }) => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(path.slice(1), site.url).href);
      // A reader opens a closed <details> with a click, which needs no script.
      await page.locator('details:not([open])').evaluateAll((closed) => closed.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const hidden = await hiddenBlocks(page);
      // Text shown only on paper (the URL under a printed page) is hidden on screen on purpose.
      await page.emulateMedia({ media: 'print' });
      const hiddenInPrintToo = await hiddenBlocks(page);
      expect(await page.locator(TEXT_BLOCKS).count()).toBeGreaterThan(0);
      expect(hidden.filter((text) => hiddenInPrintToo.includes(text))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('every in-site link to an anchor lands on its target, in view', async ({ site }) => {
    const page = await context.newPage();
    const targets = new Map<string, Set<string>>();
    for (const { path } of pages) {
      await page.goto(new URL(path.slice(1), site.url).href);
      // SVG links too (the conversation chart), whose `href` is not a string: resolve the attribute.
      const hrefs = await page.locator('a[href*="#"]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href));
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

  test('every turn in the search index is listed by a search and lands on its turn', async ({ browser, site }) => {
    // Each record is a passage of one speaker's turns in one transcript; every turn is one of its anchors.
    const turns = indexRecords().flatMap((record) => record.anchors.map((anchor) => `${record.url.replace(/#.*$/, '')}#${anchor.id}`));
    expect(turns.length).toBeGreaterThan(0);
    // A speaker and a transcript as filters, without words, list all that speaker's turns there.
    const listings = new Set(
      turns.map((turn) => {
        const [path = '', id = ''] = turn.split('#');
        return `search/?speaker=${id.replace(/-\d+$/, '')}&transcript=${path.split('/')[2] ?? ''}`;
      }),
    );
    const withScript = await browser.newContext();
    const searching = await withScript.newPage();
    const links = new Set<string>();
    for (const listing of listings) {
      await searching.goto(new URL(listing, site.url).href);
      await searching.waitForFunction(() => !document.querySelector('search-page[aria-busy]') && document.querySelectorAll('.search-results .hit-link').length > 0);
      await expect(searching.locator('.search-more').isHidden()).resolves.toBe(true);
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
