import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: nothing in this project downloads a browser of its own. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
