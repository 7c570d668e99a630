/**
 * Screenshots of built pages, narrow and wide, light and dark, for a person to look at:
 * `npm run screenshots -- /transcripts/x/ /` writes PNGs to `screenshots/` (ignored by git).
 * `--full` captures whole pages instead of the first screen.
 */
import { launchBrowser } from '../src/tooling/chromium';
import { takeScreenshots } from '../src/tooling/screenshots';
import { serveStatic } from '../src/tooling/static-server';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
try {
  for (const name of await takeScreenshots(browser, site.url, paths.length > 0 ? paths : ['/'], 'screenshots', process.argv.includes('--full'))) console.log(name);
} finally {
  await browser.close();
  await site.close();
}
