/**
 * Screenshots of built pages, narrow and wide, light and dark, for a person to look at:
 * `npm run screenshots -- /transcripts/x/ /` writes PNGs to `screenshots/` (ignored by git).
 * `--full` captures whole pages instead of the first screen.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../src/tooling/chromium';
import { serveStatic } from '../src/tooling/static-server';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const fullPage = process.argv.includes('--full');
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (const [label, width] of [['narrow', 375], ['wide', 1280]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(path.slice(1), site.url).href);
        const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
