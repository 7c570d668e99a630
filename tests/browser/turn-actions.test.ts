import type { Page } from 'playwright-core';
import { describe, expect, test } from '../helpers/browser-test';
import { clipboard, clipboardPage, clipboardRefusingPage } from '../helpers/clipboard';
import { SEED_SLUG } from '../helpers/seed';
import type { StaticSite } from '../../src/tooling/static-server';

const PATH = `transcripts/${SEED_SLUG}/`;

/** Selects `quote` inside the given element, as a reader would by dragging over it. */
async function select(page: Page, within: string, quote: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector ?? '');
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data.replace(/\u00a0/g, ' ');
        const start = data.indexOf(text ?? '');
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + (text ?? '').length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    [within, quote],
  );
}

describe('Copy link', () => {
  test('copies the turn’s permalink and says so to screen readers', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    const turn = page.locator('#vladimir-putin-2');
    await turn.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${site.url}${PATH}vladimir-putin-2/`);
    await expect.poll(() => turn.getByRole('status').textContent()).toBe('Link to this turn copied.');
    await context.close();
  });

  test('where the browser refuses to copy, shows the link selected for the reader to copy', async ({ browser, site }) => {
    const { context, page } = await clipboardRefusingPage(browser);
    await page.goto(`${site.url}${PATH}`);
    const turn = page.locator('#alyona-syrova-1');
    await turn.getByRole('button', { name: 'Copy link' }).click();
    const field = turn.getByRole('textbox', { name: 'Link' });
    await expect.poll(() => field.inputValue()).toBe(`${site.url}${PATH}alyona-syrova-1/`);
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length)).toBe(true);
    expect(await turn.getByRole('status').textContent()).toContain('Copying was not allowed');
    await context.close();
  });
});

describe('Cite', () => {
  // The citations themselves are built at build time on the turn's page (tests/build/citations.test.ts,
  // tests/browser/citations.test.ts); Cite takes the reader to them.
  test('is a link to the citations on the turn’s own page, named for the turn', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    const cite = page.locator('#vladimir-putin-2').getByRole('link', { name: 'Cite Vladimir Putin’s turn 2', exact: true });
    expect(await cite.getAttribute('href')).toBe(`${site.url}${PATH}vladimir-putin-2/#cite`);
    await cite.click();
    await page.waitForURL(`${site.url}${PATH}vladimir-putin-2/#cite`);
    expect(await page.getByRole('region', { name: 'Cite this turn' }).isVisible()).toBe(true);
    await page.close();
  });

  test('on a turn’s own page, moves to the citations on the same page', async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}${PATH}alexander-lukashenko-2/`);
    await page.getByRole('link', { name: 'Cite Alexander Lukashenko’s turn 2', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cite');
    await expect.poll(() => page.evaluate(() => Math.round(document.querySelector('#cite')?.getBoundingClientRect().top ?? -1))).toBeLessThan(100);
    expect(await page.locator('#cite-apa').textContent()).toContain('Lukashenko, A. (2022, February 18). News conference following Russian-Belarusian talks, turn 5');
    await page.close();
  });
});

describe('Share a quote', () => {
  // Built without SITE_URL: copied addresses are at the origin the page was read at.
  const quoteUrl = (site: StaticSite) => `${site.url}${PATH}#vladimir-putin-2:~:text=way.%20Of%20course%2C-,we%20are%20watching%20the%20developments%20in%20the%20world,-and%20around%20us%3B`;

  test('selecting words in a turn offers a link to exactly those words', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    await select(page, '#vladimir-putin-2 .turn-body', 'we are watching the developments in the world');
    const bar = page.getByRole('region', { name: 'Share the selected quote' });
    await bar.waitFor();
    expect(await bar.locator('.quote-share-speaker').textContent()).toBe('Vladimir Putin');
    expect(await bar.locator('.quote-share-text').textContent()).toBe('we are watching the developments in the world');
    expect(await bar.getByRole('link', { name: 'Open link' }).getAttribute('href')).toBe(quoteUrl(site));
    await bar.getByRole('button', { name: 'Copy link to quote' }).click();
    await expect.poll(() => clipboard(page)).toBe(quoteUrl(site));
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Link to the selected quote copied.');
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'hidden' });
    await context.close();
  });

  test('the turn’s Share quote button copies the same link, and asks for a selection when there is none', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    const turn = page.locator('#vladimir-putin-2');
    await turn.getByRole('button', { name: 'Share quote' }).click();
    await expect.poll(() => turn.getByRole('status').textContent()).toBe('Select some words of this turn first, then share them.');
    await select(page, '#vladimir-putin-2 .turn-body', 'we are watching the developments in the world');
    await turn.getByRole('button', { name: 'Share quote' }).click();
    await expect.poll(() => clipboard(page)).toBe(quoteUrl(site));
    await context.close();
  });

  test('a selection across turns offers nothing', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.querySelector('#vladimir-putin-2 .turn-body p') as Node, 0);
      range.setEnd(document.querySelector('#alexander-lukashenko-2 .turn-body p') as Node, 1);
      getSelection()?.addRange(range);
    });
    await page.waitForTimeout(400);
    expect(await page.getByRole('region', { name: 'Share the selected quote' }).isVisible()).toBe(false);
    await context.close();
  });

  test('the link takes a reader to the quote itself, deep inside its turn', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    await select(page, '#vladimir-putin-1 .turn-body', 'strengthening the common defence space');
    const link = page.getByRole('region', { name: 'Share the selected quote' }).getByRole('link', { name: 'Open link' });
    await link.waitFor();
    const href = String(await link.getAttribute('href'));
    expect(href).toBe(`${site.url}${PATH}#vladimir-putin-1:~:text=in%2Ddepth%20discussion%20on-,strengthening%20the%20common%20defence%20space,-of%20Russia%20and`);

    const reader = await context.newPage();
    await reader.goto(href);
    expect(await reader.evaluate(() => location.hash)).toBe('#vladimir-putin-1');
    // The browser scrolled past the turn's start (where the anchor alone would land), to the
    // paragraph holding the quote, which it highlights.
    await expect
      .poll(() =>
        reader.evaluate(() => {
          const paragraph = [...document.querySelectorAll('#vladimir-putin-1 p')].find((p) => p.textContent?.includes('common defence space'));
          const box = paragraph?.getBoundingClientRect();
          const turnTop = document.querySelector('#vladimir-putin-1')?.getBoundingClientRect().top ?? 0;
          return box !== undefined && box.top >= 0 && box.bottom <= innerHeight && turnTop < -innerHeight;
        }),
      )
      .toBe(true);
    await context.close();
  });
});

describe('turn controls', () => {
  test('each names the turn it acts on, so no two controls on the page share a name', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    await page.locator('#vladimir-putin-2 turn-actions button').first().waitFor();
    const names = await page.evaluate(`[...document.querySelectorAll('section.turn :is(a[href], button)')].filter((el) => !el.closest('[hidden]')).map((el) => el.getAttribute('aria-label') ?? el.textContent.trim())`) as string[];
    expect(names.length).toBeGreaterThan(24);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(names).toContain('Copy link to Vladimir Putin’s turn 2');
    expect(await page.getByRole('button', { name: 'Copy link to Vladimir Putin’s turn 2', exact: true }).count()).toBe(1);
    await page.close();
  });

  test('Copy link moves nothing on the page: the message shows over the buttons', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, PATH);
    const button = page.getByRole('button', { name: 'Copy link to Vladimir Putin’s turn 2', exact: true });
    await button.scrollIntoViewIfNeeded();
    const top = () => page.evaluate(`document.querySelector('#vladimir-putin-2 .turn-body').getBoundingClientRect().top`);
    const before = await top();
    await button.click();
    await expect.poll(() => page.locator('#vladimir-putin-2').getByRole('status').textContent()).toBe('Link to this turn copied.');
    expect(await top()).toBe(before);
    await context.close();
  });

  test('the turn header stays in view while its turn is read', async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}${PATH}`);
    // Halfway down Putin's first turn, four screens long on a phone.
    await page.evaluate(`(() => { const turn = document.querySelector('#vladimir-putin-1'); scrollTo(0, turn.offsetTop + turn.offsetHeight / 2); })()`);
    const header = await page.locator('#vladimir-putin-1 .turn-header').boundingBox();
    expect(header?.y).toBe(0);
    expect(await page.locator('#vladimir-putin-1 .turn-speaker-name').isVisible()).toBe(true);
    await page.close();
  });
});
