import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** The widths pages are looked at: a common phone (375 px, as the layout test checks) and a desktop. */
export const SCREENSHOT_WIDTHS = [
  ['narrow', 375],
  ['wide', 1280],
] as const;

/**
 * Screenshots of `paths` of the site at `siteUrl`, at each of `SCREENSHOT_WIDTHS`, light and
 * dark, written to `out` as `<path>-<width>-<scheme>.png`; resolves to the files written.
 */
export async function takeScreenshots(browser: Browser, siteUrl: string, paths: readonly string[], out: string, fullPage = false): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const path of paths) {
    for (const [label, width] of SCREENSHOT_WIDTHS) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(path.slice(1), siteUrl).href);
        const name = join(out, `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`);
        await page.screenshot({ path: name, fullPage });
        written.push(name);
        await page.close();
      }
    }
  }
  return written;
}
