import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: nothing in this project downloads a browser of its own. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** How long {@link closeWithin} waits for Chromium, a context or a server to close. */
const CLOSE_WAIT_MS = 30_000;

/**
 * Starts headless Chromium with the flags this sandbox needs: no sandbox as root, no GPU, and
 * none of the background traffic that a closed network would refuse.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Waits for something to close, but at most `ms`, then warns in one line and goes on. Chromium's
 * close now and then never returns (puppeteer#970, Sparticuz/chromium#85), and an unbounded
 * wait in a test's clean-up holds the whole run: Vitest waits for every worker to finish before
 * it prints its summary. A browser left open is killed when the process that launched it exits
 * (Playwright does so on `exit`).
 *
 * ```ts
 * await closeWithin(browser.close(), 'Chromium'); // resolves when closed, or after 30 s
 * ```
 */
export async function closeWithin(closing: Promise<unknown>, what: string, ms = CLOSE_WAIT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    if ((await Promise.race([closing, waited])) === 'timeout') console.warn(`warning: ${what} did not close within ${ms / 1000} s; going on without it`);
  } finally {
    clearTimeout(timer);
  }
}
