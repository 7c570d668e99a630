import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFrom, type BuildResult } from '../../src/tooling/site-build';
import { builtHtml, builtPage } from '../helpers/built-site';
import { STOPPED_IF_HUNG } from '../helpers/run-script';

/**
 * The definition of done: `npm run import -- ../shared/sources/… --out <folder>`
 * (the raw page, no other options) writes a transcript that the real build turns into the
 * same eight turns, speakers and words as the committed one.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RAW_ARGUMENT = join('..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt');
const SLUG = '2022-02-18-russian-belarusian-talks';
const SPEAKERS = ['vladimir-putin', 'alexander-lukashenko', 'andrei-kolesnikov', 'vladimir-putin', 'alexander-lukashenko', 'alyona-syrova', 'vladimir-putin', 'alexander-lukashenko'];

const words = (element: Element) => toText(element, { whitespace: 'normal' }).split(/\s+/u).filter(Boolean);
const turnsOf = (dist: string) => selectAll('section.turn', builtPage(`/transcripts/${SLUG}/`, dist));

describe('importing the seed and building the result', () => {
  const out = mkdtempSync(join(tmpdir(), 'imported-'));
  let imported: ReturnType<typeof spawnSync>;
  let build: BuildResult;
  beforeAll(() => {
    imported = spawnSync('npm', ['run', '--silent', 'import', '--', RAW_ARGUMENT, '--out', out], { cwd: ROOT, encoding: 'utf8', ...STOPPED_IF_HUNG });
    build = buildFrom(out);
  });

  test('the command writes one file and prints its path', () => {
    expect(imported.status).toBe(0);
    expect(String(imported.stdout).trim()).toBe(join(out, `${SLUG}.md`));
    expect(readdirSync(out)).toEqual([`${SLUG}.md`]);
    expect(String(imported.stderr)).toContain("warning: the text gives no address of its page");
  });

  test('the imported transcript builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('it renders the 8 turns of the committed transcript, with the same speakers and words', () => {
    const turns = turnsOf(build.outDir);
    const committed = turnsOf(join(ROOT, 'dist'));
    expect(turns.map((turn) => turn.properties['dataSpeaker'])).toEqual(SPEAKERS);
    expect(committed.map((turn) => turn.properties['dataSpeaker'])).toEqual(SPEAKERS);
    turns.forEach((turn, index) => {
      expect(turn.properties['id']).toBe(committed[index]?.properties['id']);
      expect(words(select('.turn-body', turn) as Element)).toEqual(words(select('.turn-body', committed[index] as Element) as Element));
      expect(toText(select('h2', turn) as Element)).toBe(toText(select('h2', committed[index] as Element) as Element));
    });
  });

  test('every word of the raw page’s transcript is in a turn, in order', () => {
    const raw = readFileSync(join(ROOT, RAW_ARGUMENT), 'utf8');
    const rendered = turnsOf(build.outDir).flatMap((turn) => words(select('.turn-body', turn) as Element));
    const labels = /^(?:President of\u00a0Russia Vladimir Putin|President of\u00a0the\u00a0Republic of\u00a0Belarus Alexander Lukashenko|Kommersant newspaper correspondent Andrei Kolesnikov|Vladimir Putin|Alexander Lukashenko|Alyona Syrova): /gmu;
    const body = raw.slice(raw.indexOf('President of\u00a0Russia Vladimir Putin:'), raw.lastIndexOf('February 18, 2022'));
    expect(rendered).toEqual(body.replace(labels, '').split(/\s+/u).filter(Boolean));
  });
});

/**
 * A folder of pages in the other forms, imported in one command and built: the saved HTML page
 * (topics, its own address, so a Russian original), a page without a summary, gap marks, the
 * 2000s capitals and a Direct Line.
 */
describe('importing a folder of pages in every form and building the result', () => {
  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
  const pages = mkdtempSync(join(tmpdir(), 'pages-'));
  const out = join(pages, 'out');
  mkdirSync(out);
  copyFileSync(join(FIXTURES, 'saved-page', 'input.html'), join(pages, 'saved-page.html'));
  for (const form of ['no-summary', 'gap-marks', 'uppercase-2000s-labels', 'direct-line']) copyFileSync(join(FIXTURES, form, 'input.txt'), join(pages, `${form}.txt`));
  let imported: ReturnType<typeof spawnSync>;
  let build: BuildResult;
  beforeAll(() => {
    imported = spawnSync('npm', ['run', '--silent', 'import', '--', pages, '--out', out], { cwd: ROOT, encoding: 'utf8', ...STOPPED_IF_HUNG });
    build = buildFrom(out);
  });
  const page = (slug: string) => builtPage(`/transcripts/${slug}/`, build.outDir);

  test('one command imports them all, and the site builds', () => {
    expect(imported.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '2006-02-18-press-statement-answers-journalists.md',
      '2019-12-19-direct-line-vladimir-putin.md',
      '2022-02-18-answers-journalists-questions.md',
      '2022-02-18-excerpts-news-conference.md',
      `${SLUG}.md`,
    ]);
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('the saved page renders the committed transcript’s 8 turns, with the same speakers and words', () => {
    const turns = turnsOf(build.outDir);
    const committed = turnsOf(join(ROOT, 'dist'));
    expect(turns.map((turn) => turn.properties['dataSpeaker'])).toEqual(SPEAKERS);
    turns.forEach((turn, index) => expect(words(select('.turn-body', turn) as Element)).toEqual(words(select('.turn-body', committed[index] as Element) as Element)));
  });

  test('its topics show on the page, its Russian original beside the source, and both are in the JSON', () => {
    const header = select('.transcript-header', page(SLUG)) as Element;
    expect(selectAll('.tags li', header).map((item) => toText(item))).toEqual(['Foreign policy', 'Belarus']);
    const original = select('a[hreflang="ru"]', header) as Element;
    expect(original.properties['href']).toBe('http://kremlin.ru/events/president/news/67809');
    expect(toText(original)).toBe('Russian original');
    expect(select('.source a[rel="external"]', header)?.properties['href']).toBe('http://en.kremlin.ru/events/president/news/67809');
    const json = JSON.parse(builtHtml(`/transcripts/${SLUG}.json`, build.outDir)) as { originalUrl?: string; tags?: string[]; shortLink?: string };
    expect(json).toMatchObject({ originalUrl: 'http://kremlin.ru/events/president/news/67809', tags: ['Foreign policy', 'Belarus'], shortLink: 'http://en.kremlin.ru/d/67809' });
  });

  test('a page without a summary shows none, and is described by its first turn’s opening, in its head and in the feed', () => {
    const built = page('2022-02-18-answers-journalists-questions');
    expect(select('.transcript-header .summary', built)).toBeUndefined();
    const opening = 'Mr President, how did you “survive” Russia’s invasion of Ukraine the previous night?';
    expect(select('meta[name="description"]', built)?.properties['content']).toBe(opening);
    expect(select('meta[property="og:description"]', built)?.properties['content']).toBe(opening);
    const feedItem = [...builtHtml('/feed.xml', build.outDir).matchAll(/<item>([\s\S]*?)<\/item>/g)].find((item) => item[1]?.includes('/transcripts/2022-02-18-answers-journalists-questions/'));
    expect(feedItem?.[1]).toContain(`<description>${opening}</description>`);
    const json = JSON.parse(builtHtml('/transcripts/2022-02-18-answers-journalists-questions.json', build.outDir)) as Record<string, unknown>;
    expect(json).not.toHaveProperty('summary');
  });

  test('gap marks stay where the page shows them: the rendered text is the raw text', () => {
    const turns = selectAll('section.turn', page('2022-02-18-excerpts-news-conference'));
    const paragraphs = turns.map((turn) => selectAll('.turn-body p', turn).map((p) => toText(p)));
    expect(paragraphs[0]).toEqual(['Mr President, colleagues, ladies and gentlemen,', '<…>', expect.stringMatching(/^Let me note that our talks today/u), '<…>']);
    expect(paragraphs[1]).toEqual(['Friends, <…> Thank you for your attention.']);
  });

  test('the 2000s capitals and the Direct Line read as names, their first turns as turns', () => {
    const older = page('2006-02-18-press-statement-answers-journalists');
    expect(selectAll('section.turn .turn-speaker-name', older).map((name) => toText(name))).toEqual(['Vladimir Putin', 'Question', 'Vladimir Putin', 'Question']);
    const directLine = page('2019-12-19-direct-line-vladimir-putin');
    expect(selectAll('section.turn', directLine).map((turn) => turn.properties['dataSpeaker'])).toEqual([
      'irina-volkova',
      'pavel-orlov',
      'vladimir-putin',
      'valeriya-korableva',
      'vladimir-putin',
      'irina-volkova',
    ]);
    expect(select('.transcript-header .summary', directLine)).toBeUndefined();
  });
});
