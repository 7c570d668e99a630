import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticSite } from '../../src/tooling/static-server';

/** A page at `path` whose clipboard the test can read. */
export async function clipboardPage(browser: Browser, site: StaticSite, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return { context, page };
}

/** What the page's clipboard holds. */
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** A page (not opened yet) whose browser refuses every write to the clipboard, as some do. */
export async function clipboardRefusingPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  return { context, page: await context.newPage() };
}
