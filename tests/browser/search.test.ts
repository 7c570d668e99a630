import type { BrowserContext, Page } from 'playwright-core';
import { test as browserTest, describe, expect } from '../helpers/browser-test';
import { builtTurns } from '../helpers/built-turns';
import { axeViolations } from '../helpers/axe';

const SLUG = '2022-02-18-russian-belarusian-talks';
const PATH = `/transcripts/${SLUG}/`;
// Exact expectations keep to this transcript (`transcript=` filter), so they hold as others are added.
const TURNS = builtTurns(PATH);
/** Anchors of the turns whose words match `pattern`, from the built HTML. */
const turnsMatching = (pattern: RegExp) => TURNS.filter((turn) => pattern.test(turn.text)).map((turn) => turn.anchor);

const pageErrors: string[] = [];

/**
 * `openPage(path)` opens a page of the real site in a tab of its own and records its errors;
 * the file's end closes them all. Tabs with the same options share a browser context, as
 * starting a context took twice as long as opening the tab; nothing a test checks is kept in
 * the context (search state lives in the tab's URL and history).
 */
const test = browserTest.extend('openPage', { scope: 'file' }, ({ browser, site }) => {
  const contexts = new Map<boolean, Promise<BrowserContext>>();
  return async (path: string, { javaScriptEnabled = true }: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    if (!contexts.has(javaScriptEnabled)) contexts.set(javaScriptEnabled, browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled }));
    const page = await (await (contexts.get(javaScriptEnabled) as Promise<BrowserContext>)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(new URL(path.slice(1), site.url).href);
    return page;
  };
});
test.afterAll(() => {
  expect(pageErrors).toEqual([]);
});

/** Waits until the search page shows the outcome of the latest search. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.querySelector('.search-status')?.textContent) && !document.querySelector('search-page[aria-busy]'));
}

/** The turn anchors the results link to, in order. */
async function hitAnchors(page: Page, list = '.search-results'): Promise<string[]> {
  return page.$$eval(`${list} .hit-link`, (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
}

/**
 * Asks the built index directly, through Pagefind's own browser API, every yearly shard of it
 * at once: the addresses of the turns found, record by record (a record holds one speaker's
 * turns in a transcript, each turn a sub-result).
 */
async function pagefindSearch(page: Page, term: string, filters: Record<string, string> = {}): Promise<string[]> {
  // A string, so that Vitest leaves its `import()` alone: it runs in the page.
  return page.evaluate(`(async () => {
    const { shards } = await (await fetch('/pagefind/shards.json')).json();
    const [first, ...others] = shards;
    const pagefind = (await import('/pagefind/' + first.path + 'pagefind.js')).createInstance({ basePath: '/pagefind/' + first.path });
    for (const shard of others) await pagefind.mergeIndex('/pagefind/' + shard.path);
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const records = await Promise.all(search.results.map((result) => result.data()));
    return [...new Set(records.flatMap((record) => record.sub_results.map((sub) => sub.url)))];
  })()`);
}

/** "5 turns from 3 speakers": how every search list states what it found. */
const countOf = (turns: number, speakers: number) => `${turns} turn${turns === 1 ? '' : 's'} from ${speakers} speaker${speakers === 1 ? '' : 's'}`;
/** The count a search list should show for `urls` (turn addresses the index found, as `pagefindSearch` gives them). */
const countOfUrls = (urls: string[]) => countOf(urls.length, new Set(urls.map((url) => url.split('#')[1]?.replace(/-\d+$/, ''))).size);

describe('the search index, queried in Chromium', () => {
  let page: Page;
  test.beforeAll(async ({ openPage }) => {
    page = await openPage('/');
  });
  test.afterAll(() => page.close());

  test.each([
    ['Minsk', /\bminsk\b/],
    ['sanctions', /sanction/],
  ])('%s finds exactly the turns that say it, across non-breaking spaces', async (term, pattern) => {
    const urls = await pagefindSearch(page, term, { transcript: SLUG });
    expect(urls.map((url) => url.split('#')[1]).sort()).toEqual(turnsMatching(pattern).sort());
    expect(urls.length).toBeGreaterThan(0);
  });

  test.each([
    ['"the Minsk Agreements"', /the minsk agreements/],
    ['"Belarusian people"', /belarusian people/],
  ])('%s finds exactly the speakers who say it (the search page finds their turns)', async (term, pattern) => {
    // Pagefind reports a phrase's first place in a record only; `searchTurns` finds the rest.
    const speakersOf = (anchors: (string | undefined)[]) => [...new Set(anchors.map((anchor) => anchor?.replace(/-\d+$/, '')))].sort();
    const urls = await pagefindSearch(page, term, { transcript: SLUG });
    expect(speakersOf(urls.map((url) => url.split('#')[1]))).toEqual(speakersOf(turnsMatching(pattern)));
    expect(urls.length).toBeGreaterThan(0);
  });

  test('several words: found where one speaker says them all in a transcript, and each turn listed holds one of them', async () => {
    const urls = (await pagefindSearch(page, 'potassium fertiliser', { transcript: SLUG })).map((url) => url.split('#')[1]);
    expect(urls).toEqual(expect.arrayContaining(turnsMatching(/potassium.*fertiliser|fertiliser.*potassium/)));
    expect(urls.length).toBeGreaterThan(0);
    for (const anchor of urls) expect(turnsMatching(/potassium|fertiliser/)).toContain(anchor);
    const speakers = new Set(urls.map((anchor) => anchor?.replace(/-\d+$/, '')));
    for (const speaker of speakers) {
      const said = TURNS.filter((turn) => turn.speaker === speaker).map((turn) => turn.text).join(' ');
      expect(said).toMatch(/potassium/);
      expect(said).toMatch(/fertiliser/);
    }
  });

  test('holds speaker turns only: every result is a turn anchor, and page chrome finds nothing', async () => {
    for (const term of ['the', 'president', 'Transcripts', 'speakers']) {
      for (const url of await pagefindSearch(page, term)) expect(url).toMatch(/^\/transcripts\/[^/]+\/#[a-z0-9-]+-\d+$/);
    }
    for (const chrome of ['"Skip to content"', '"Link to this turn"', '"Texts as published by their sources"', '"Original source"', '"Search needs JavaScript"']) {
      expect(await pagefindSearch(page, chrome)).toEqual([]);
    }
  });

  test('speaker names and roles are searchable: Lukashenko puts his own turns first', async () => {
    const anchors = (await pagefindSearch(page, 'Lukashenko', { transcript: SLUG })).map((url) => url.split('#')[1]);
    expect(anchors[0]).toBe('alexander-lukashenko-1');
    expect(anchors).toContain('vladimir-putin-1');
    expect((await pagefindSearch(page, 'Kommersant')).map((url) => url.split('#')[1])).toContain('andrei-kolesnikov-1');
  });

  test('a speaker filter never returns another speaker’s turn, even from the same page', async () => {
    const all = await pagefindSearch(page, 'sanctions', { transcript: SLUG });
    const his = await pagefindSearch(page, 'sanctions', { speaker: 'alexander-lukashenko', transcript: SLUG });
    expect(all.some((url) => url.includes('#vladimir-putin-'))).toBe(true);
    expect(his.map((url) => url.split('#')[1]).sort()).toEqual(
      TURNS.filter((turn) => turn.speaker === 'alexander-lukashenko' && /sanction/.test(turn.text)).map((turn) => turn.anchor),
    );
  });
});

describe('the search page', () => {
  test('Minsk Agreements: Putin’s opening turn first, with speaker, role, transcript, date and marked excerpt', async ({ openPage }) => {
    const page = await openPage('/search/?q=Minsk+Agreements');
    await settled(page);
    expect((await hitAnchors(page))[0]).toBe('vladimir-putin-1');
    const first = page.locator('.search-hit').first();
    await expect(first.locator('.hit-name').textContent()).resolves.toBe('Vladimir Putin');
    await expect(first.locator('.hit-role').textContent()).resolves.toBe('President of Russia');
    await expect(first.locator('.hit-source').textContent()).resolves.toBe('News conference following Russian-Belarusian talks · 18 February 2022');
    await expect(first.locator('time').getAttribute('datetime')).resolves.toBe('2022-02-18');
    expect(await first.locator('.hit-excerpt mark').allTextContents()).toEqual(expect.arrayContaining(['Minsk', 'Agreements']));
    await expect(page.locator('.search-status').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('.search-status').textContent()).resolves.toBe(countOfUrls(await pagefindSearch(page, 'Minsk Agreements')));
    // A mark holds the word alone, never the punctuation after it.
    for (const mark of await page.locator('.hit-excerpt mark').allTextContents()) expect(mark).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u);
    await page.close();
  });

  test('a result is a speaker’s best turn in a transcript; “more turns here” lists the rest', async ({ openPage }) => {
    const page = await openPage('/search/?q=sanctions');
    await settled(page);
    const putins = turnsMatching(/sanction/).filter((anchor) => anchor.startsWith('vladimir-putin-'));
    expect(putins.length).toBeGreaterThan(1);
    // Counted in turns, each speaker once, as the index holds them.
    await expect(page.locator('.search-status').textContent()).resolves.toBe(countOfUrls(await pagefindSearch(page, 'sanctions')));
    // “sanctions;” and “sanctions.” are said: the marks hold the word, the punctuation follows them.
    const marks = await page.$$eval('.hit-excerpt mark', (all) => all.map((mark) => ({ word: mark.textContent, after: mark.nextSibling?.textContent?.[0] })));
    expect(marks.length).toBeGreaterThan(0);
    for (const { word } of marks) expect(word).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u);
    expect(marks.filter(({ after }) => after === ';' || after === '.').length).toBeGreaterThan(0);
    const hit = page.locator('.search-hit', { has: page.locator('a[href*="#vladimir-putin-"]') });
    await expect(hit.count()).resolves.toBe(1);
    const more = hit.locator('.hit-more');
    await expect(more.textContent()).resolves.toBe(putins.length === 2 ? '1 more turn here' : `${putins.length - 1} more turns here`);
    await more.click();
    await page.waitForURL((url) => url.search === `?q=sanctions&speaker=vladimir-putin&transcript=${SLUG}`);
    await settled(page);
    expect((await hitAnchors(page)).sort()).toEqual([...putins].sort());
    await expect(page.locator('.search-status').textContent()).resolves.toBe(countOf(putins.length, 1));
    await page.close();
  });

  test('a speaker found by name shows their first turn, opening with its own words', async ({ openPage }) => {
    const page = await openPage(`/search/?q=Lukashenko&transcript=${SLUG}`);
    await settled(page);
    expect((await hitAnchors(page))[0]).toBe('alexander-lukashenko-1');
    const opening = TURNS.find((turn) => turn.anchor === 'alexander-lukashenko-1')?.text.split(/\s+/).slice(0, 5).join(' ') ?? '';
    const excerpt = (await page.locator('.hit-excerpt').first().textContent()) ?? '';
    // "Friends," is a paragraph of its own: the excerpt marks it off from the next (` ¶ `).
    expect(excerpt.replace(/\s+/g, ' ').replace(/ ¶ /g, ' ').toLowerCase().startsWith(opening.toLowerCase())).toBe(true);
    const [first = ''] = TURNS.find((turn) => turn.anchor === 'alexander-lukashenko-1')?.paragraphs ?? [];
    expect(excerpt.startsWith(`${first} ¶ `)).toBe(true);
    expect(excerpt).not.toContain('President of the Republic of Belarus');
    await page.close();
  });

  test('following the result lands on that turn, with the words highlighted in it and in view', async ({ openPage }) => {
    const page = await openPage('/search/?q=Minsk+Agreements');
    await settled(page);
    await page.locator('.hit-link').first().click();
    await page.waitForSelector('#vladimir-putin-1 mark.pagefind-highlight');
    const url = new URL(page.url());
    expect(url.pathname).toBe(PATH);
    expect(url.hash).toBe('#vladimir-putin-1');
    expect(url.searchParams.getAll('pagefind-highlight')).toEqual(['Minsk', 'Agreements']);
    await expect(page.locator(':target').getAttribute('id')).resolves.toBe('vladimir-putin-1');
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(6);
    expect(new Set(marked.map((text) => text.toLowerCase()))).toEqual(new Set(['minsk', 'agreements']));
    expect(await page.locator('#vladimir-putin-1 mark.pagefind-highlight').count()).toBe(marked.length);
    await page.waitForFunction(() => {
      const box = document.querySelector('mark.pagefind-highlight')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    });
    const background = await page.locator('mark.pagefind-highlight').first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    // Focus is on the found turn: Tab reaches its own controls before anything else.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('vladimir-putin-1');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('section.turn')?.id)).resolves.toBe('vladimir-putin-1');

    // "Match n of N" steps through the marks, by its keys and its buttons, each brought into view.
    const steps = page.locator('match-steps');
    await expect(steps.isVisible()).resolves.toBe(true);
    const position = steps.locator('[role="status"]');
    await expect(position.textContent()).resolves.toBe(`Match 1 of ${marked.length}`);
    const current = () =>
      page.evaluate(() => {
        const marks = [...document.querySelectorAll('mark.pagefind-highlight')];
        const at = marks.findIndex((mark) => mark.classList.contains('is-current'));
        const box = marks[at]?.getBoundingClientRect();
        return { at, inView: box !== undefined && box.top >= 0 && box.bottom <= innerHeight };
      });
    await expect(current()).resolves.toEqual({ at: 0, inView: true });
    await page.keyboard.press('n');
    await expect(position.textContent()).resolves.toBe(`Match 2 of ${marked.length}`);
    await expect(current()).resolves.toEqual({ at: 1, inView: true });
    await page.keyboard.press('Shift+N');
    await expect(position.textContent()).resolves.toBe(`Match 1 of ${marked.length}`);
    // Previous from the first wraps round to the last.
    await steps.getByRole('button', { name: 'Previous match' }).click();
    await expect(position.textContent()).resolves.toBe(`Match ${marked.length} of ${marked.length}`);
    await expect(current()).resolves.toEqual({ at: marked.length - 1, inView: true });
    await steps.getByRole('button', { name: 'Next match' }).click();
    await expect(current()).resolves.toEqual({ at: 0, inView: true });
    await expect(steps.getByRole('button', { name: 'Next match' }).getAttribute('aria-keyshortcuts')).resolves.toBe('N');
    expect(await axeViolations(page, 'match-steps')).toEqual([]);
    // j and k still move between turns.
    await page.keyboard.press('j');
    await page.waitForURL((url) => url.hash === '#alexander-lukashenko-1');
    await page.close();
  });

  test('a quoted phrase returns only the turns that hold it, and highlights it whole', async ({ site, openPage }) => {
    const page = await openPage(`/search/?q=Belarusian+people&transcript=${SLUG}`);
    await settled(page);
    const loose = await hitAnchors(page);
    await page.goto(new URL(`search/?q=%22Belarusian+people%22&transcript=${SLUG}`, site.url).href);
    await settled(page);
    const exact = await hitAnchors(page);
    const holding = turnsMatching(/belarusian people/);
    expect([...exact].sort()).toEqual([...holding].sort());
    expect(loose.length).toBeGreaterThan(exact.length);
    // Unquoted, the turns that hold the words together come first.
    expect(loose.slice(0, holding.length).sort()).toEqual([...holding].sort());
    await page.locator('.hit-link').first().click();
    await page.waitForSelector(':target mark.pagefind-highlight');
    expect(new URL(page.url()).searchParams.getAll('pagefind-highlight')).toEqual(['Belarusian people']);
    const phrase = await page.locator(':target mark.pagefind-highlight').allTextContents();
    expect(phrase.join(' ').toLowerCase().replace(/\s+/g, ' ')).toContain('belarusian people');
    await page.close();
  });

  test('the Lukashenko filter returns only Lukashenko’s turns', async ({ openPage }) => {
    const page = await openPage(`/search/?q=sanctions&transcript=${SLUG}`);
    await settled(page);
    expect((await hitAnchors(page)).some((anchor) => anchor.startsWith('vladimir-putin-'))).toBe(true);
    await page.selectOption('select[name="speaker"]', 'alexander-lukashenko');
    await settled(page);
    const anchors = await hitAnchors(page);
    const his = TURNS.filter((turn) => turn.speaker === 'alexander-lukashenko' && /sanction/.test(turn.text)).map((turn) => turn.anchor);
    expect(anchors.sort()).toEqual(his);
    // The same words as without the filter: turns, and the speakers who said them.
    await expect(page.locator('.search-status').textContent()).resolves.toBe(countOf(his.length, 1));
    expect(new URL(page.url()).search).toBe(`?q=sanctions&speaker=alexander-lukashenko&transcript=${SLUG}`);
    await page.selectOption('select[name="transcript"]', '');
    await settled(page);
    expect((await hitAnchors(page)).every((anchor) => anchor.startsWith('alexander-lukashenko-'))).toBe(true);
    await page.close();
  });

  test('a filter alone lists that speaker’s turns in reading order', async ({ openPage }) => {
    const page = await openPage(`/search/?speaker=alexander-lukashenko&transcript=${SLUG}`);
    await settled(page);
    expect(await hitAnchors(page)).toEqual(['alexander-lukashenko-1', 'alexander-lukashenko-2', 'alexander-lukashenko-3']);
    await expect(page.locator('.search-status').textContent()).resolves.toBe('3 turns from 1 speaker');
    await page.close();
  });

  test('a nonsense word shows the “no results” message, announced in the live region', async ({ openPage }) => {
    const page = await openPage('/search/');
    await page.locator('#search-q').fill('zqxjvwk');
    await settled(page);
    await expect(page.locator('[role="status"]').textContent()).resolves.toBe(
      'No turns match “zqxjvwk”. Check the spelling, try fewer words, or remove a filter.',
    );
    expect(await page.locator('.search-hit').count()).toBe(0);
    // Paragraphs do not run together in an excerpt: "ladies and gentlemen," ends one, "First of all" opens the next.
    const [opening = '', next = ''] = TURNS.find((turn) => turn.anchor === 'vladimir-putin-1')?.paragraphs ?? [];
    expect(opening).toMatch(/gentlemen,$/);
    await page.locator('#search-q').fill('gentlemen');
    await settled(page);
    const excerpt = page.locator('.search-hit', { has: page.locator('a[href$="#vladimir-putin-1"]') }).locator('.hit-excerpt');
    await expect(excerpt.textContent()).resolves.toContain(`gentlemen, ¶ ${next.split(' ').slice(0, 3).join(' ')}`);
    await expect(excerpt.locator('.hit-break').textContent()).resolves.toBe('¶');
    await page.close();
  });

  test('the URL holds the search: it survives a reload, and Back and Forward step through it', async ({ openPage }) => {
    const page = await openPage('/search/');
    await page.locator('#search-q').pressSequentially('sanctions');
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=sanctions');
    const unfiltered = await hitAnchors(page);
    await page.selectOption('select[name="speaker"]', 'alexander-lukashenko');
    await settled(page);
    const filtered = await hitAnchors(page);
    expect(new URL(page.url()).search).toBe('?q=sanctions&speaker=alexander-lukashenko');

    await page.reload();
    await settled(page);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('sanctions');
    await expect(page.locator('select[name="speaker"]').inputValue()).resolves.toBe('alexander-lukashenko');
    expect(await hitAnchors(page)).toEqual(filtered);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?q=sanctions');
    await settled(page);
    await expect(page.locator('select[name="speaker"]').inputValue()).resolves.toBe('');
    await page.waitForFunction((count) => document.querySelectorAll('.search-hit').length === count, unfiltered.length);
    expect(await hitAnchors(page)).toEqual(unfiltered);

    await page.goForward();
    await page.waitForFunction(() => location.search === '?q=sanctions&speaker=alexander-lukashenko');
    await page.waitForFunction((count) => document.querySelectorAll('.search-hit').length === count, filtered.length);
    expect(await hitAnchors(page)).toEqual(filtered);

    await page.locator('.hit-link').first().click();
    await page.waitForURL(/#alexander-lukashenko-\d$/);
    // On the landed page too, a mark holds the word without the punctuation after it.
    await page.waitForSelector('match-steps:not([hidden])');
    const landed = await page.$$eval(':target mark.pagefind-highlight', (all) => all.map((mark) => ({ word: mark.textContent, after: mark.nextSibling?.textContent?.[0] })));
    expect(landed.length).toBeGreaterThan(0);
    for (const { word } of landed) expect(word).toMatch(/^sanctions?$/i);
    expect(landed.some(({ after }) => after === ';' || after === '.' || after === ',')).toBe(true);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=sanctions&speaker=alexander-lukashenko');
    expect(await hitAnchors(page)).toEqual(filtered);
    await page.close();
  });
});

describe('when Pagefind cannot load', () => {
  test('the page says so, and the next search tries again', async ({ browser, site }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/*/pagefind.js', (route) => route.abort());
    await page.goto(new URL('search/?q=Minsk', site.url).href);
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.startsWith('Search could not load'));
    await expect(page.locator('.search-status').textContent()).resolves.toBe('Search could not load. Check your connection and try again.');
    await page.unroute('**/pagefind/*/pagefind.js');
    await page.locator('#search-q').fill('Minsk Agreements');
    await settled(page);
    expect((await hitAnchors(page))[0]).toBe('vladimir-putin-1');
    await context.close();
  });
});

describe('the search box in the header', () => {
  test('a reader who does not search downloads no search code; focusing the box loads it', async ({ browser, site }) => {
    const requests: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(new URL(PATH.slice(1), site.url).href);
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((path) => path.endsWith('.js'));
    // The reader's own scripts (theme, turn actions, quote links, j/k) load as well; of search,
    // only its boot from the layout, no panel, page or Pagefind code.
    expect(scripts.filter((path) => /\/BaseLayout\.[^/]+\.js$/.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => /search|pagefind/.test(path))).toEqual([]);
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    const pagefindRequested = page.waitForRequest((request) => /\/pagefind\/\d{4}\/pagefind\.js$/.test(request.url()));
    await page.locator('#site-search-q').focus();
    await pagefindRequested;
    expect(requests).not.toContain('/pagefind/pagefind-highlight.js');
    await page.close();
  });

  test('the keyboard flow: / focuses it, results as you type, arrows move, Escape closes, Enter opens', async ({ openPage }) => {
    const page = await openPage(PATH);
    const count = countOfUrls(await pagefindSearch(page, 'sanctions'));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('sanctions');
    await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
    const anchors = await hitAnchors(page, '.search-panel');
    // Counted as the search page counts: every turn found, and the speakers who said them.
    await expect(page.locator('.search-panel-status').textContent()).resolves.toBe(count);
    await expect(page.locator('.search-panel-summary').textContent()).resolves.toBe(count);
    const speakers = new Set(TURNS.filter((turn) => /sanction/.test(turn.text)).map((turn) => turn.speaker));
    const focusedAnchor = () => page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).hash.slice(1) : document.activeElement?.id));
    await page.keyboard.press('ArrowDown');
    await expect(focusedAnchor()).resolves.toBe(anchors[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focusedAnchor()).resolves.toBe(anchors[1]);
    // Tab reaches every link, a result's “more turns here” as well; the arrows go result to result.
    const links = await page.$$eval('.search-panel a[href]', (all) => all.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
    await page.keyboard.press('Tab');
    await expect(focusedAnchor()).resolves.toBe(links[links.indexOf(anchors[1] ?? '') + 1]);
    await page.keyboard.press('ArrowUp');
    await expect(focusedAnchor()).resolves.toBe(anchors[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(focusedAnchor()).resolves.toBe('site-search-q');
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-panel').isHidden()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=sanctions$/);
    await settled(page);
    const found = await hitAnchors(page);
    await expect(page.locator('.search-status').textContent()).resolves.toBe(count);
    // A result per speaker who speaks of sanctions in a transcript, showing their best turn there; the panel shows five.
    expect(anchors).toEqual(found.slice(0, 5));
    for (const anchor of found) expect(turnsMatching(/sanction/)).toContain(anchor);
    expect(new Set(found.map((anchor) => anchor.replace(/-\d+$/, '')))).toEqual(speakers);
    await page.close();
  });

  test('on the search page, ↓ and Enter open a result', async ({ openPage }) => {
    const page = await openPage('/search/');
    await page.waitForFunction(() => document.activeElement?.id === 'search-q');
    await page.keyboard.type('Minsk');
    await settled(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#vladimir-putin-1 mark.pagefind-highlight');
    expect(new URL(page.url()).hash).toBe('#vladimir-putin-1');
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the search box says that search needs JavaScript; reading and anchors still work', async ({ site, openPage }) => {
    const page = await openPage(`${PATH}?pagefind-highlight=sanctions#alexander-lukashenko-2`, { javaScriptEnabled: false });
    // Nothing marked, and no "Match n of N" control, which would need the script.
    await expect(page.locator('match-steps').isHidden()).resolves.toBe(true);
    expect(await page.locator('mark').count()).toBe(0);
    const box = page.locator('#site-search-q');
    await expect(box.isDisabled()).resolves.toBe(true);
    await expect(box.getAttribute('placeholder')).resolves.toBe('Search needs JavaScript');
    await expect(page.locator(':target').getAttribute('id')).resolves.toBe('alexander-lukashenko-2');
    await page.goto(new URL('search/?q=sanctions', site.url).href);
    await expect(page.locator('.search-noscript').innerText()).resolves.toContain('Search runs in your browser and needs JavaScript.');
    await expect(page.locator('#search-q').isDisabled()).resolves.toBe(true);
    await page.close();
  });
});

describe('accessibility', () => {
  test.for([
    ['the search page with results', '/search/?q=sanctions', 'body'],
    ['the header’s results panel', PATH, 'site-search'],
  ] as const)('%s has no axe violations', async ([, path, scope], { openPage }) => {
    const page = await openPage(path);
    if (scope === 'site-search') {
      await page.locator('#site-search-q').fill('sanctions');
      await page.waitForSelector('.search-panel:not([hidden]) .search-hit');
    } else {
      await settled(page);
    }
    expect(await axeViolations(page, scope)).toEqual([]);
    await page.close();
  });
});
