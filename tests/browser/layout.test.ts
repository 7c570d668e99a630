import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { takeScreenshots } from '../../src/tooling/screenshots';
import { describe, expect, test } from '../helpers/browser-test';
import { headerSearchWithResults, searchPageWithResults } from '../helpers/search-ui';
import { SEED_SLUG } from '../helpers/seed';
import { inEachView, noProblems, type View } from '../helpers/views';

const TRANSCRIPT = `transcripts/${SEED_SLUG}/`;
/** Every kind of page, as a reader reaches it; `open` brings it to the state to check. */
const PAGES: { name: string; path: string; open?: (page: Page, siteUrl: string) => Promise<void> }[] = [
  { name: 'home', path: '' },
  { name: 'transcript', path: TRANSCRIPT },
  { name: 'turn', path: `${TRANSCRIPT}vladimir-putin-2/` },
  { name: 'speakers', path: 'speakers/' },
  { name: 'speaker', path: 'speakers/vladimir-putin/' },
  { name: 'search with results', path: 'search/', open: (page, siteUrl) => searchPageWithResults(page, siteUrl, 'sanctions') },
  { name: '404', path: 'no-such-page/' },
  { name: 'header search with results open', path: TRANSCRIPT, open: (page) => headerSearchWithResults(page, 'sanctions') },
];
const VIEWS: View[] = [320, 375, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme })));

/**
 * What runs off the side of the window: the document wider than the window, or any visible box
 * that starts left of it or ends right of it. Boxes inside an element that clips or scrolls
 * sideways are that element's business, and the element itself is checked.
 */
function offscreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`document is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    const clips = (element: Element) => getComputedStyle(element).overflowX !== 'visible' && element !== document.documentElement && element !== document.body;
    const walk = (element: Element): void => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)') return;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
        problems.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      }
      if (clips(element)) return;
      for (const child of element.children) walk(child);
    };
    walk(document.body);
    return problems;
  });
}

describe('layout: every page fits the window, phone to desktop, light and dark', () => {
  test.concurrent.for(PAGES)('$name', async ({ path, open }, { browser, site }) => {
    const page = await browser.newPage();
    try {
      await page.goto(new URL(path, site.url).href);
      await open?.(page, site.url);
      expect(await inEachView(page, VIEWS, offscreen)).toEqual(noProblems(VIEWS));
    } finally {
      await page.close();
    }
  });
});

test('`npm run screenshots` looks at a page at 375 and 1280 px, light and dark', async ({ browser, site }) => {
  const files = await takeScreenshots(browser, site.url, ['/no-such-page/'], mkdtempSync(join(tmpdir(), 'screenshots-')));
  // A PNG's width is the big-endian number at byte 16 of its header.
  const widths = files.map((file) => readFileSync(file).readUInt32BE(16));
  expect(widths).toEqual([375, 375, 1280, 1280]);
  expect(files.map((file) => file.split('-').slice(-2).join('-'))).toEqual(['narrow-light.png', 'narrow-dark.png', 'wide-light.png', 'wide-dark.png']);
});
