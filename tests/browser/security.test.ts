import type { BrowserContext, Page } from 'playwright-core';
import type { StaticSite } from '../../src/tooling/static-server';
import { describe, expect, test } from '../helpers/browser-test';
import { cspEventsOn, watch, type Watch } from '../helpers/page-watch';
import { headerSearchWithResults, resultLinks, searchPageWithResults } from '../helpers/search-ui';
import { sitePages } from '../helpers/site-pages';

const { pages } = sitePages();

/** The real site on a server of this file's own, which collects the CSP reports it is sent. */
let site: StaticSite;
let context: BrowserContext;
let seen: Watch;
/** The same pages with CSP switched off, so a request the policy would block still shows. */
let unguarded: BrowserContext;
let unguardedSeen: Watch;
/** Where each page is visited on its own, with the policy and without it. */
let visiting: { guarded: BrowserContext; unguarded: BrowserContext };

test.beforeAll(async ({ browser, serve }) => {
  site = await serve(undefined, { reportCsp: true });
  context = await browser.newContext();
  seen = await watch(context);
  unguarded = await browser.newContext({ bypassCSP: true });
  unguardedSeen = await watch(unguarded);
  visiting = { guarded: await browser.newContext(), unguarded: await browser.newContext({ bypassCSP: true }) };
});

/**
 * Opens one page in a tab of its own, watched from before it loads, so that pages can be
 * checked two at a time and what each did is its own. (The tabs share a context: starting a
 * context for each took longer than the visit.)
 */
async function visit(options: { bypassCSP: boolean }, check: (page: Page, seen: Watch) => Promise<void>): Promise<Watch> {
  const page = await visiting[options.bypassCSP ? 'unguarded' : 'guarded'].newPage();
  const ownSeen = await watch(page);
  try {
    await check(page, ownSeen);
  } finally {
    await page.close();
  }
  return ownSeen;
}

describe('every page under the shipped Content Security Policy and headers', () => {
  test.concurrent.for(pages)('$path: no CSP violation, no error, nothing from another origin', async ({ path }) => {
    const url = new URL(path.slice(1), site.url).href;
    const pageSeen = await visit({ bypassCSP: false }, async (page) => {
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      expect(await cspEventsOn(page)).toEqual([]);
    });
    expect(pageSeen.cspViolations).toEqual([]);
    expect(site.cspReports.filter((report) => report.endsWith(` on ${url}`))).toEqual([]);
    expect(pageSeen.errors).toEqual([]);
    expect(pageSeen.requests.filter((request) => !request.startsWith(site.url))).toEqual([]);
  });
});

describe('no third-party requests, even with the policy switched off', () => {
  test.concurrent.for(pages)('$path', async ({ path }) => {
    const pageSeen = await visit({ bypassCSP: true }, async (page) => {
      await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'networkidle' });
    });
    expect(pageSeen.requests.length).toBeGreaterThan(0);
    expect(pageSeen.requests.filter((request) => !request.startsWith(site.url))).toEqual([]);
  });
});

/**
 * A search from the header box and from the search page, then the first result followed to its
 * highlighted turn: everything search loads (Pagefind's script, index, WebAssembly and worker)
 * must come from the site and pass the policy.
 */
async function searchEverywhere(on: BrowserContext): Promise<void> {
  const page = await on.newPage();
  try {
    await page.goto(site.url);
    await headerSearchWithResults(page, 'sanctions');
    await searchPageWithResults(page, site.url, 'Minsk Agreements');
    const [first] = await resultLinks(page);
    expect(first).toContain('pagefind-highlight=');
    await page.goto(first ?? site.url, { waitUntil: 'networkidle' });
    await page.locator(':target .turn-body mark').first().waitFor();
    expect(await cspEventsOn(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('searching', () => {
  test('under the shipped policy: no violation, and Pagefind searches in its worker', async () => {
    const before = { requests: seen.requests.length, csp: seen.cspViolations.length, reports: site.cspReports.length, errors: seen.errors.length };
    await searchEverywhere(context);
    const requests = seen.requests.slice(before.requests).map((url) => new URL(url).pathname);
    expect(requests).toEqual(expect.arrayContaining(['/pagefind/shards.json', '/pagefind/2022/pagefind.js', '/pagefind/2022/pagefind-worker.js', '/pagefind/pagefind-highlight.js']));
    expect(requests.some((path) => path.startsWith('/pagefind/2022/wasm.'))).toBe(true);
    expect(seen.cspViolations.slice(before.csp)).toEqual([]);
    expect(site.cspReports.slice(before.reports)).toEqual([]);
    expect(seen.errors.slice(before.errors)).toEqual([]);
  });

  test('no violation report arrived from any page or worker above', async () => {
    // Reports travel on their own; give a late one time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(site.cspReports).toEqual([]);
  });

  test('with the policy switched off: nothing from another origin', async () => {
    const before = unguardedSeen.requests.length;
    await searchEverywhere(unguarded);
    const requests = unguardedSeen.requests.slice(before);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
  });
});

/**
 * The policy is as narrow as search allows: take away any one of the sources it grants and
 * Chromium reports a violation, from the page or from Pagefind's worker. (`default-src 'none'`
 * denies everything not granted; `blob:` is not needed, as Pagefind 1.6 starts its worker
 * from `/pagefind/<year>/pagefind-worker.js`.)
 */
describe.each([
  { name: "'wasm-unsafe-eval'", from: "script-src 'self' 'wasm-unsafe-eval'", to: "script-src 'self'", report: /^script-src blocked wasm-eval/ },
  { name: "connect-src 'self'", from: "connect-src 'self'", to: "connect-src 'none'", report: /^connect-src blocked .*\/pagefind\// },
  { name: "worker-src 'self'", from: "worker-src 'self'", to: "worker-src 'none'", report: /^worker-src blocked .*\/pagefind\/\d{4}\/pagefind-worker\.js/ },
  { name: "form-action 'self'", from: "form-action 'self'", to: "form-action 'none'", report: /^form-action blocked .*\/search\/\?q=Minsk/ },
])('the policy without $name', ({ from, to, report }) => {
  test('breaks searching', async ({ browser, serve }) => {
    const narrower = await serve(undefined, {
      reportCsp: true,
      editHeaders: (headers) => {
        const policy = headers.get('content-security-policy');
        if (policy === undefined) return;
        expect(policy).toContain(from);
        headers.set('content-security-policy', policy.replace(from, to));
      },
    });
    const page = await browser.newPage();
    try {
      // A reader types in the header box and presses Enter: the form goes to the search page.
      await page.goto(narrower.url);
      await page.waitForFunction(() => !document.querySelector('site-search input[disabled]'));
      await page.locator('site-search input[type="search"]').fill('Minsk');
      await page.keyboard.press('Enter');
      await expect.poll(() => narrower.cspReports.join('\n'), { timeout: 10_000 }).toMatch(report);
    } finally {
      await page.close();
    }
  });
});
