import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import { describe, expect, test } from '../helpers/browser-test';
import { builtPage } from '../helpers/built-site';
import { resultLinks, searchPageWithResults } from '../helpers/search-ui';

/**
 * Broken transcripts through the real build; the valid ones are also searched in Chromium. The loader reports every broken file of a
 * folder at once, so each phase is one build: front matter and file problems (checked before
 * any Markdown is rendered), then Markdown problems in files whose front matter is valid.
 */

const VALID = `---
title: Bad input
date: 2022-02-18
place: Moscow
source: https://example.org/transcript
summary: A transcript for the bad input tests.
speakers:
  - key: anna-ivanova
    name: Anna Ivanova
    role: Moderator
  - key: boris-petrov
    name: Boris Petrov
---

## anna-ivanova

Good afternoon.

## boris-petrov

Thank you.
`;

/** The 1-based line of the first occurrence of `text`. */
const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;
/** The line holding byte `offset` of `bytes`. */
const lineAtByte = (bytes: Buffer, offset: number) => bytes.subarray(0, offset).toString('latin1').split('\n').length;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const LATIN1 = Buffer.from(VALID.replace('Good afternoon.', 'Bonjour, café.'), 'latin1');
const FILLER = '\n## anna-ivanova\n\nThe same words, said again and again, until the file is far too large.\n';
const HUGE = Buffer.from(VALID + FILLER.repeat(Math.ceil((5 * 1024 * 1024 - VALID.length) / FILLER.length)));

interface Case {
  name: string;
  contents: string | Buffer;
  line: number;
  reason: string;
}

const FRONTMATTER_CASES: Case[] = [
  { name: 'no-opening-fence', contents: VALID.replace(/^---\n/, ''), line: 1, reason: 'missing front matter: the first line must be "---"' },
  { name: 'no-closing-fence', contents: VALID.replace('---\n\n## anna', '\n## anna'), line: 1, reason: 'missing front matter' },
  { name: 'invalid-yaml', contents: VALID.replace('place: Moscow', 'place: Moscow: the Kremlin'), line: 4, reason: 'invalid YAML in the front matter' },
  { name: 'unclosed-quote', contents: VALID.replace('place: Moscow', 'place: "Moscow'), line: 4, reason: 'invalid YAML in the front matter' },
  { name: 'impossible-date', contents: VALID.replace('2022-02-18', '2022-02-30'), line: 3, reason: 'invalid front matter: date: "2022-02-30" is not a date' },
  { name: 'date-in-words', contents: VALID.replace('2022-02-18', '18 February 2022'), line: 3, reason: 'invalid front matter: date: "18 February 2022" is not a date' },
  {
    name: 'duplicate-speaker-key',
    contents: VALID.replace('key: boris-petrov', 'key: anna-ivanova'),
    line: lineOf(VALID, 'key: boris-petrov'),
    reason: 'invalid front matter: speakers.1.key: duplicate speaker key "anna-ivanova"',
  },
  { name: 'missing-title', contents: VALID.replace('title: Bad input\n', ''), line: 1, reason: 'invalid front matter: title: is required' },
  { name: 'empty', contents: '', line: 1, reason: 'the file is empty' },
  { name: 'blank', contents: '\n  \n\t\n', line: 1, reason: 'the file is empty' },
  { name: 'binary', contents: PNG, line: lineAtByte(PNG, PNG.indexOf(0)), reason: 'the file is not text: it holds a NUL byte' },
  { name: 'latin-1', contents: LATIN1, line: lineOf(VALID, 'Good afternoon.'), reason: 'the file is not UTF-8 text' },
  {
    name: 'five-megabytes',
    contents: HUGE,
    line: lineAtByte(HUGE, 2 * 1024 * 1024),
    reason: `the file is ${(HUGE.length / 1024 / 1024).toFixed(1)} MB, over the 2.0 MB a transcript may have`,
  },
];

const MARKDOWN_CASES: Case[] = [
  { name: 'unknown-speaker', contents: VALID.replace('## boris-petrov', '## boris-petrova'), line: lineOf(VALID, '## boris-petrov'), reason: 'turn speaker "boris-petrova" is not declared' },
  { name: 'empty-turn', contents: VALID.replace('Good afternoon.\n', ''), line: lineOf(VALID, '## anna-ivanova'), reason: 'empty turn: "anna-ivanova" has a heading but no text' },
  { name: 'text-before-first-turn', contents: VALID.replace('\n## anna-ivanova', '\nHello.\n\n## anna-ivanova'), line: lineOf(VALID, '## anna-ivanova'), reason: 'text before the first turn' },
  {
    name: 'alias-to-nowhere',
    contents: VALID.replace('\n---\n\n', '\nanchorAliases:\n  anna-ivanova-7: anna-ivanova-9\n---\n\n'),
    line: lineOf(VALID, '---\n\n') + 1,
    reason: 'anchor alias "anna-ivanova-7" points to "anna-ivanova-9", which is not a turn of this transcript',
  },
  {
    name: 'alias-of-a-live-turn',
    contents: VALID.replace('\n---\n\n', '\nanchorAliases:\n  anna-ivanova-1: boris-petrov-1\n---\n\n'),
    line: lineOf(VALID, '---\n\n') + 1,
    reason: 'anchor alias "anna-ivanova-1" is still a turn of this transcript',
  },
];

/** Two thousand short turns between two speakers. */
const LONG = VALID.replace(/\n## anna-ivanova[\s\S]*$/, '\n') + Array.from({ length: 2000 }, (_, index) => `## ${index % 2 ? 'boris-petrov' : 'anna-ivanova'}\n\nTurn number ${index + 1}.\n`).join('\n');
const RUSSIAN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'transcripts', 'russian.md'), 'utf8');

const builds: Record<string, { dir: string; result: BuildResult }> = {};
function build(label: string, files: Record<string, string | Buffer>) {
  const dir = contentFolder(files);
  builds[label] = { dir, result: buildFrom(dir) };
}

test.beforeAll(() => {
  // Every broken file in one folder: one build names every problem, of front matter and of Markdown.
  build('problems', Object.fromEntries([...FRONTMATTER_CASES, ...MARKDOWN_CASES].map((row) => [`${row.name}.md`, row.contents])));
  build('valid', { 'two-thousand-turns.md': LONG, 'russian.md': RUSSIAN });
});
test.afterAll(() => {
  for (const { result } of Object.values(builds)) expect(result.output).not.toMatch(/Cannot read properties|is not a function|undefined is not/);
});

describe.each([
  ['front matter and file', 'frontmatter', FRONTMATTER_CASES],
  ['Markdown', 'markdown', MARKDOWN_CASES],
] as const)('%s problems stop the build, each named with its file and line', (_label, _phase, cases) => {
  test('the build fails, writes no page, and lists every broken file', () => {
    const { result } = builds['problems'] ?? {};
    expect(result?.status).not.toBe(0);
    expect(result && existsSync(result.outDir) ? readdirSync(result.outDir, { recursive: true }).map(String).filter((file) => file.endsWith('.html')) : []).toEqual([]);
    expect(result?.output).toContain(`${FRONTMATTER_CASES.length + MARKDOWN_CASES.length} problems in the transcripts:`);
  });

  test.each(cases)('$name', ({ name, line, reason }) => {
    const { dir, result } = builds['problems'] ?? {};
    expect(result?.output).toContain(`${dir}/${name}.md:${line}: ${reason}`);
  });
});

describe('large and non-Latin transcripts build', () => {
  test('the build succeeds', () => {
    expect(builds['valid']?.result.status, builds['valid']?.result.output).toBe(0);
  });

  test('2,000 turns all render, with unique anchors', () => {
    const page = builtPage('/transcripts/two-thousand-turns/', builds['valid']?.result.outDir);
    const turns = selectAll('section.turn', page).map((turn) => String(turn.properties['id']));
    expect(turns).toHaveLength(2000);
    expect(new Set(turns).size).toBe(2000);
    expect(turns.at(-1)).toBe('boris-petrov-1000');
    expect(toText(select('#boris-petrov-1000', page) as Element)).toContain('Turn number 2000.');
  });

  test('Russian text is found by search, in the turn that says it', async ({ browser, serve }) => {
    const site = await serve(builds['valid']?.result.outDir);
    const page = await browser.newPage();
    try {
      await searchPageWithResults(page, site.url, 'Минские соглашения');
      const links = (await resultLinks(page)).map((link) => new URL(link));
      expect(links.map((url) => `${url.pathname}${url.hash}`)).toEqual(['/transcripts/russian/#alexander-lukashenko-1']);
      await page.locator('.search-results .hit-link').first().click();
      // The highlighter loads after the page: on a busy machine that takes seconds, not the poll's default one.
      await page.locator(':target .turn-body mark').first().waitFor();
      expect(await page.locator(':target .turn-body mark').allTextContents()).toEqual(expect.arrayContaining(['Минские', 'соглашения']));
    } finally {
      await page.close();
    }
  });

  test('Russian text renders as written, marked as Russian', () => {
    const page = builtPage('/transcripts/russian/', builds['valid']?.result.outDir);
    expect(toText(select('h1', page) as Element)).toBe('Пресс-конференция по итогам российско-белорусских переговоров');
    const turns = select('.turns', page) as Element;
    expect(turns.properties['lang']).toBe('ru');
    expect(toText(select('#alexander-lukashenko-1', turns) as Element)).toContain('Минские соглашения остаются единственной основой урегулирования.');
    expect(toText(select('#vladimir-putin-1 .turn-speaker', turns) as Element)).toContain('Владимир Путин');
  });
});
