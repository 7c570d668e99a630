import type { Browser } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser } from '../../src/tooling/chromium';
import { closeWithin } from '../../src/tooling/close-within';
import { serveStatic, type ServeOptions, type StaticSite } from '../../src/tooling/static-server';

/** Starts a static server for a test or a file; it closes when that test or file ends. */
export type Serve = (root?: string, options?: ServeOptions) => Promise<StaticSite>;

/**
 * The `test` of every browser test file, with its fixtures:
 * - `browser`: Debian's Chromium, launched once per worker and shared by every file the worker
 *   runs (the suite runs without isolation, see vitest.config.ts). A test opens its own
 *   context or page; whatever a file leaves open is closed when the file ends.
 * - `site`: the real site built in `dist/` (tests/setup/build-site.ts), served once per worker.
 * - `serve`: serves another folder (a fixture build) or the real site with other options, for
 *   one test (`test(…, ({ serve }) => …)`) or for a whole file (`test.beforeAll`).
 *
 * ```ts
 * import { describe, expect, test } from '../helpers/browser-test';
 *
 * test('the home page has a title', async ({ browser, site }) => {
 *   const page = await browser.newPage();
 *   await page.goto(site.url);
 *   expect(await page.title()).not.toBe('');
 *   await page.close();
 * });
 * ```
 */
export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => closeWithin(browser.close(), 'Chromium'));
    return browser;
  })
  .extend('closesContexts', { scope: 'file', auto: true }, ({ browser }, { onCleanup }): true => {
    onCleanup(async () => {
      await closeWithin(Promise.all(browser.contexts().map((context) => context.close())), 'a test file’s browser contexts');
    });
    return true;
  })
  .extend('site', { scope: 'worker' }, async ({}, { onCleanup }): Promise<StaticSite> => {
    const site = await serveStatic();
    onCleanup(() => site.close());
    return site;
  })
  .extend('serve', { scope: 'file' }, ({}, { onCleanup }): Serve => {
    const sites: StaticSite[] = [];
    onCleanup(async () => {
      await Promise.all(sites.map((site) => site.close()));
    });
    return async (root, options) => {
      const site = await serveStatic(root, options);
      sites.push(site);
      return site;
    };
  });

export { describe, expect } from 'vitest';
