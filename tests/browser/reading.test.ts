import { describe, expect, test } from '../helpers/browser-test';
import { axeViolations } from '../helpers/axe';

describe('reading a transcript in Chromium', () => {
  test('#vladimir-putin-2 lands on Putin’s second turn and highlights it', async ({ browser, site }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}transcripts/2022-02-18-russian-belarusian-talks/#vladimir-putin-2`);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('vladimir-putin-2');
    await expect(target.getAttribute('data-speaker')).resolves.toBe('vladimir-putin');
    // Marked by an outline, not a fill, so that search highlights inside it stay legible.
    const mark = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), background: style.backgroundColor };
    });
    expect(mark.outline).toBe('solid');
    expect(mark.width).toBeGreaterThan(0);
    expect(mark.background).toBe('rgba(0, 0, 0, 0)');
    const inView = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.close();
  });

  test('an anchor the transcript does not have gets a notice with a link to the contents; a turn’s anchor does not', async ({ browser, site }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}transcripts/2022-02-18-russian-belarusian-talks/#xyz`);
    const notice = page.locator('anchor-notice');
    await notice.locator('a').waitFor();
    await expect(notice.locator('[role="status"]').textContent()).resolves.toBe('No turn #xyz in this transcript; it may have moved. See the contents');
    const box = await notice.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800 && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(await axeViolations(page, 'anchor-notice')).toEqual([]);
    // The link opens the contents, whose openings keep paragraphs apart ("gentlemen, ¶ First of all").
    await notice.locator('a').click();
    await expect(page.locator('#turn-contents details').getAttribute('open')).resolves.toBe('');
    await expect(page.locator('#turn-contents a[href="#vladimir-putin-1"] .opening').textContent()).resolves.toMatch(/gentlemen, ¶ First of all/);
    await notice.waitFor({ state: 'hidden' });
    // Another unknown anchor brings it back; a turn's anchor puts it away.
    await page.evaluate(() => (location.hash = '#no-such-turn-9'));
    await notice.waitFor({ state: 'visible' });
    await page.evaluate(() => (location.hash = '#vladimir-putin-2'));
    await notice.waitFor({ state: 'hidden' });
    await context.close();
  });

  test('the permalink is reachable by keyboard and updates the address', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}transcripts/2022-02-18-russian-belarusian-talks/`);
    let focusedHref: string | null = null;
    for (let press = 0; press < 40 && focusedHref !== '#vladimir-putin-1'; press++) {
      await page.keyboard.press('Tab');
      focusedHref = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(focusedHref).toBe('#vladimir-putin-1');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#vladimir-putin-1');
    await page.close();
  });
});
