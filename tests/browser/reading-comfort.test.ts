import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { SEED_SLUG } from '../helpers/seed';

const PATH = `transcripts/${SEED_SLUG}/`;
const LIGHT_BG = 'rgb(253, 252, 248)';
const DARK_BG = 'rgb(22, 23, 26)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const hash = (page: Page) => page.evaluate(() => location.hash);

describe('keyboard reading', () => {
  test('j and k move to the next and previous turn and update the hash', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    await page.getByText('Keys: j next turn, k previous turn.').waitFor();
    const historyLength = await page.evaluate(() => history.length);
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe('#vladimir-putin-1');
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe('#alexander-lukashenko-1');
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe('#andrei-kolesnikov-1');
    await page.keyboard.press('k');
    await expect.poll(() => hash(page)).toBe('#alexander-lukashenko-1');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('alexander-lukashenko-1');
    const top = await page.locator('#alexander-lukashenko-1').evaluate((turn) => turn.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    // Moving does not fill the history with one entry per key press.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.close();
  });

  test('j moves on from the turn the reader has scrolled to', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    await page.locator('#alyona-syrova-1').evaluate((turn) => turn.scrollIntoView());
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe('#vladimir-putin-3');
    await page.close();
  });

  test('keys typed into a field, or with a modifier, do not move', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}#vladimir-putin-2`);
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      document.querySelector('main')?.prepend(field);
    });
    await page.focus('#typing');
    await page.keyboard.type('jjkj');
    expect(await page.inputValue('#typing')).toBe('jjkj');
    expect(await hash(page)).toBe('#vladimir-putin-2');
    await page.locator('#vladimir-putin-2 .turn-body').click();
    await page.keyboard.press('Alt+j');
    expect(await hash(page)).toBe('#vladimir-putin-2');
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe('#alexander-lukashenko-2');
    await page.close();
  });
});

describe('dark mode', () => {
  test('follows the system’s scheme by default', async ({ browser, site }) => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.url}${PATH}`);
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  test('the toggle switches the scheme and the choice survives a reload', async ({ browser, site }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}${PATH}`);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page)).toBe(DARK_BG);

    await page.reload();
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    // Another page of the site remembers it too.
    await page.goto(`${site.url}speakers/`);
    expect(await background(page)).toBe(DARK_BG);

    // Back to light, which is the system's scheme: the page follows the system again.
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });

  test('the remembered choice is applied before any module script runs, so nothing flashes', async ({ browser, site }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    // Only public/theme.js, the blocking script in <head>, may do it.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${site.url}${PATH}`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    await context.close();
  });

  test('the chart’s colours change with the scheme', async ({ browser, site }) => {
    const fill = async (scheme: 'light' | 'dark') => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${site.url}${PATH}`);
      const value = await page.locator('svg.chart-shares rect').first().evaluate((rect) => getComputedStyle(rect).fill);
      await page.close();
      return value;
    };
    expect(await fill('light')).toBe('rgb(31, 79, 163)');
    expect(await fill('dark')).toBe('rgb(143, 180, 255)');
  });
});

describe('the conversation chart', () => {
  test('a turn’s segment leads to the turn', async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}${PATH}`);
    await page.locator('svg.chart-turns a[href="#alyona-syrova-1"] rect').click();
    await expect.poll(() => hash(page)).toBe('#alyona-syrova-1');
    await page.close();
  });
});

describe('print', () => {
  test('prints the text with the speakers and the source URL, without buttons, on a light page', async ({ browser, site }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}${PATH}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('turn-actions')).toBe(false);
    expect(await shown('.turn-contents')).toBe(false);
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.turn-speaker-name')).toBe(true);
    expect(await shown('.print-only')).toBe(true);
    // SITE_URL is not set for the tests' build: the printed address is the one the page was read at.
    await expect.poll(() => page.locator('.print-only').textContent()).toBe(`Online at ${site.url}${PATH}`);
    const source = await page.locator('.transcript-header a[rel="external"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(source).toBe('" (http://en.kremlin.ru/events/president/news/67809)"');
    expect(await background(page)).toBe(LIGHT_BG);
    await context.close();
  });
});

describe('reading comfort', () => {
  test('text scales with the browser’s font size, and lines stay a comfortable length', async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    const measure = () =>
      page.evaluate(() => {
        const paragraph = document.querySelector('.turn-body p') as HTMLElement;
        const size = parseFloat(getComputedStyle(paragraph).fontSize);
        return { size, ems: paragraph.getBoundingClientRect().width / size };
      });
    await page.goto(`${site.url}${PATH}`);
    const normal = await measure();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.reload();
    const large = await measure();
    expect(normal.size).toBe(18);
    expect(large.size).toBe(27);
    // About 68 characters: between 30 and 40 ems of a serif text.
    for (const { ems } of [normal, large]) {
      expect(ems).toBeGreaterThan(28);
      expect(ems).toBeLessThan(40);
    }
    await page.close();
  });

  test('without JavaScript there is no button that would do nothing, and the contents still work', async ({ browser, site }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}${PATH}`);
    // The search box's button stays, disabled, beside its "needs JavaScript" note.
    expect(await page.locator('button:not([disabled]):visible').count()).toBe(0);
    await page.getByText('Contents: 8 turns').click();
    await page.locator('.turn-contents a[href="#vladimir-putin-3"]').click();
    expect(await hash(page)).toBe('#vladimir-putin-3');
    await page.close();
  });
});

describe('small things a reader notices', () => {
  test('the keys hint is not shown on a touch phone (with a keyboard it is: see keyboard reading)', async ({ browser, site }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.url}${PATH}`);
    // The script unhides the hint once keys work; on a touch screen the style keeps it out of sight.
    await page.waitForFunction(() => !document.querySelector('turn-keys')?.hasAttribute('hidden'));
    expect(await page.locator('turn-keys').isVisible()).toBe(false);
    await context.close();
  });

  test('each turn is ruled in its speaker’s colour, the colour of its segment in the chart', async ({ browser, site }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}${PATH}`);
      const rules = await page.locator('main section.turn').evaluateAll((turns) => turns.map((turn) => getComputedStyle(turn).borderInlineStartColor));
      const segments = await page.locator('.chart-turns rect').evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
      expect(rules).toHaveLength(8);
      expect(rules).toEqual(segments);
      // Different speakers, different colours.
      expect(new Set(rules).size).toBe(4);
      await page.close();
    }
  });

  test('every page type sets its title in the same font', async ({ browser, site }) => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    for (const path of ['', PATH, `${PATH}vladimir-putin-2/`, 'speakers/', 'speakers/vladimir-putin/', 'search/', 'no-such-page/']) {
      await page.goto(`${site.url}${path}`);
      fonts.push(await page.locator('h1').first().evaluate((h1) => `${getComputedStyle(h1).fontFamily} ${getComputedStyle(h1).fontWeight}`));
    }
    await page.close();
    expect(new Set(fonts).size).toBe(1);
  });
});
