import { describe, expect, test } from '../helpers/browser-test';
import { SEED_SLUG } from '../helpers/seed';

const SITE = 'https://transcripts.example.org';
const PATH = `transcripts/${SEED_SLUG}/`;

describe('a turn’s own page', () => {
  test('carries its canonical link and Open Graph meta, opening with the quote', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}vladimir-putin-2/`);
    const head = await page.evaluate(() => {
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      return {
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        url: meta('og:url'),
        type: meta('og:type'),
        title: meta('og:title'),
        description: meta('og:description'),
        card: meta('twitter:card'),
        published: meta('article:published_time'),
      };
    });
    expect(head).toEqual({
      canonical: `${SITE}/${PATH}vladimir-putin-2/`,
      url: `${SITE}/${PATH}vladimir-putin-2/`,
      type: 'article',
      title: 'Vladimir Putin, turn 4 of 8: News conference following Russian-Belarusian talks',
      description: expect.stringMatching(/^Let me go first, if you do not mind\. I just did not pay attention to it\. .*…$/),
      card: 'summary',
      published: '2022-02-18',
    });
    expect(head.description?.length).toBeLessThanOrEqual(201);
    await page.close();
  });

  test('leads to the previous turn, the next turn and the turn in context', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}vladimir-putin-2/`);
    await page.getByRole('link', { name: /Next turn/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/${PATH}alexander-lukashenko-2/`);
    await page.getByRole('link', { name: /Previous turn/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/${PATH}vladimir-putin-2/`);
    await page.getByRole('link', { name: 'Read in context' }).click();
    await page.waitForURL(`${site.url}${PATH}#vladimir-putin-2`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('vladimir-putin-2');
    await page.close();
  });
});

describe('a speaker’s page', () => {
  test.for(['alexander-lukashenko', 'alyona-syrova'])('lists exactly the turns of %s, and each leads to that turn', async (key, { browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PATH}`);
    const expected = await page.evaluate((speaker) => [...document.querySelectorAll(`section.turn[data-speaker="${speaker}"]`)].map((turn) => turn.id), key);
    await page.goto(`${site.url}speakers/${key}/`);
    const links = page.locator('li.speaker-turn').getByRole('link', { name: 'Read in context' });
    const listed = await links.evaluateAll((elements) => elements.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
    expect(listed).toEqual(expected);
    await links.last().click();
    await page.waitForURL(`${site.url}${PATH}#${expected.at(-1)}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-speaker'))).toBe(key);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(expected.at(-1));
    await page.close();
  });

  test('links to the search filtered to the speaker', async ({ browser, site }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}speakers/vladimir-putin/`);
    expect(await page.getByRole('link', { name: 'Search Vladimir Putin’s words' }).getAttribute('href')).toBe('/search/?speaker=vladimir-putin');
    await page.close();
  });
});
