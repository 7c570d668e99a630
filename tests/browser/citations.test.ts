import { describe, expect, test } from '../helpers/browser-test';
import { clipboard, clipboardPage, clipboardRefusingPage } from '../helpers/clipboard';
import { SEED_SLUG } from '../helpers/seed';

const TRANSCRIPT = `transcripts/${SEED_SLUG}/`;
const PLACEHOLDER = 'https://transcripts.example.org/';

describe('Cite', () => {
  test('on a turn of the transcript opens that turn’s citations; each copies its text with the page’s own address', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, TRANSCRIPT);
    await page.getByRole('link', { name: 'Cite Vladimir Putin’s turn 2', exact: true }).click();
    await page.waitForURL(`${site.url}${TRANSCRIPT}vladimir-putin-2/#cite`);
    const section = page.getByRole('region', { name: 'Cite this turn' });
    expect(await section.evaluate((element) => element === document.querySelector(':target'))).toBe(true);

    const apa = section.getByRole('button', { name: 'Copy APA citation of Vladimir Putin’s turn 2', exact: true });
    await apa.click();
    const copied = await clipboard(page);
    expect(copied).toMatch(/^Putin, V\. \(2022, February 18\)\. News conference following Russian-Belarusian talks, turn 4 \(http:\/\/en\.kremlin\.ru\/events\/president\/news\/67809\) \[Transcript\]\. President of Russia\. Retrieved \w+ \d+, \d{4}, from /);
    // Built without SITE_URL: the placeholder origin becomes the one the page was read at.
    expect(copied.endsWith(`from ${site.url}${TRANSCRIPT}vladimir-putin-2/`)).toBe(true);
    expect(copied).not.toContain(PLACEHOLDER);
    expect(copied).toBe(await page.locator('#cite-apa').textContent());
    await expect.poll(() => section.getByRole('status').first().textContent()).toBe('APA citation copied.');

    await section.getByRole('button', { name: 'Copy BibTeX citation of Vladimir Putin’s turn 2', exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain(`@audio{${SEED_SLUG}:vladimir-putin-2,`);
    expect(await clipboard(page)).toContain(`url = {${site.url}${TRANSCRIPT}vladimir-putin-2/}`);
    await context.close();
  });

  test('the transcript page cites the whole transcript the same way, and its citation page has every format', async ({ browser, site }) => {
    const { context, page } = await clipboardPage(browser, site, TRANSCRIPT);
    const onPage = page.getByRole('region', { name: 'Cite this transcript' });
    await onPage.getByRole('button', { name: 'Copy Chicago citation of this transcript', exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain(`Accessed`);
    expect(await clipboard(page)).toContain(`${site.url}${TRANSCRIPT}.`);
    await onPage.getByRole('link', { name: /BibTeX, RIS and CSL-JSON/ }).click();
    await page.waitForURL(`${site.url}${TRANSCRIPT}cite/`);
    const section = page.getByRole('region', { name: 'Cite this transcript' });
    await section.getByRole('button', { name: 'Copy RIS citation of this transcript', exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain('TY  - SOUND');
    const ris = await clipboard(page);
    expect(ris.split('\n')).toContain(`UR  - ${site.url}${TRANSCRIPT}`);
    expect(ris.split('\n')).toContain('TI  - News conference following Russian-Belarusian talks');
    await context.close();
  });

  test('turn and copy controls have names of their own, on the turn page and on the transcript page', async ({ browser, site }) => {
    const page = await browser.newPage();
    for (const [path, formats] of [[`${TRANSCRIPT}vladimir-putin-2/`, 6], [TRANSCRIPT, 3], [`${TRANSCRIPT}cite/`, 6]] as const) {
      await page.goto(`${site.url}${path}`);
      await page.locator('citation-copy button').first().waitFor();
      const names = (await page.evaluate(`[...document.querySelectorAll(':is(turn-actions, #cite) :is(a[href], button)')].filter((el) => !el.closest('[hidden]')).map((el) => el.getAttribute('aria-label') ?? el.textContent.trim())`)) as string[];
      expect(names.filter((name, index) => names.indexOf(name) !== index), path).toEqual([]);
      expect(await page.locator('citation-copy button').count()).toBe(formats);
      expect(names.length).toBeGreaterThanOrEqual(formats);
    }
    await page.close();
  });

  test('where the browser refuses to copy, the citation is selected for the reader to copy', async ({ browser, site }) => {
    const { context, page } = await clipboardRefusingPage(browser);
    await page.goto(`${site.url}${TRANSCRIPT}alyona-syrova-1/#cite`);
    await page.getByRole('button', { name: 'Copy MLA citation of Alyona Syrova’s turn 1', exact: true }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(await page.locator('#cite-mla').textContent());
    expect(await page.locator('#cite-mla').textContent()).toContain(`${site.url}${TRANSCRIPT}alyona-syrova-1/`);
    await context.close();
  });

  test('without JavaScript the citations are there to read and select, with no button that would do nothing', async ({ browser, site }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}${TRANSCRIPT}vladimir-putin-2/`);
    expect(await page.locator('#cite-chicago').textContent()).toContain('Putin, Vladimir. “News Conference Following Russian-Belarusian Talks, Turn 4.”');
    expect(await page.locator('section#cite button').count()).toBe(0);
    await page.close();
  });
});

test('the printed “Online at” line gives the address the page was read at, not the placeholder', async ({ browser, site }) => {
  const page = await browser.newPage();
  await page.goto(`${site.url}${TRANSCRIPT}`);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('.print-only').textContent()).toBe(`Online at ${site.url}${TRANSCRIPT}`);
  expect(await page.locator('.print-only').isVisible()).toBe(true);
  await page.close();
});
