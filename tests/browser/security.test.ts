import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { cspEventsOn, watch, type Watch } from '../helpers/page-watch';
import { sitePages } from '../helpers/site-pages';
import { serveStatic, type StaticSite } from '../helpers/static-server';

const { pages } = sitePages();

let browser: Browser;
let site: StaticSite;
let context: BrowserContext;
let seen: Watch;
/** The same pages with CSP switched off, so a request the policy would block still shows. */
let unguarded: BrowserContext;
let unguardedSeen: Watch;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
  context = await browser.newContext();
  seen = await watch(context);
  unguarded = await browser.newContext({ bypassCSP: true });
  unguardedSeen = await watch(unguarded);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page under the shipped Content Security Policy and headers', () => {
  test.each(pages)('$path: no CSP violation, no error, nothing from another origin', async ({ path }) => {
    const before = { requests: seen.requests.length, csp: seen.cspViolations.length, errors: seen.errors.length };
    const page = await context.newPage();
    try {
      const response = await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'networkidle' });
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      expect(await cspEventsOn(page)).toEqual([]);
    } finally {
      await page.close();
    }
    expect(seen.cspViolations.slice(before.csp)).toEqual([]);
    expect(seen.errors.slice(before.errors)).toEqual([]);
    expect(seen.requests.slice(before.requests).filter((url) => !url.startsWith(site.url))).toEqual([]);
  });
});

describe('no third-party requests, even with the policy switched off', () => {
  test.each(pages)('$path', async ({ path }) => {
    const before = unguardedSeen.requests.length;
    const page = await unguarded.newPage();
    try {
      await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: 'networkidle' });
    } finally {
      await page.close();
    }
    const requests = unguardedSeen.requests.slice(before);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
  });
});
