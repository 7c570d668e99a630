/** How long {@link closeWithin} waits by default. */
const CLOSE_WAIT_MS = 30_000;

/**
 * Waits for something to close (Chromium, a browser context), but at most `ms`, then warns in
 * one line and goes on. Chromium's close now and then never returns (puppeteer#970, Sparticuz/chromium#85), and an unbounded
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
