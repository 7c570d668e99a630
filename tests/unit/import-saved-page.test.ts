import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../src/importer/import-problem';
import { importTranscript, prepareImport } from '../../src/importer/import-transcript';
import { formatOf } from '../../src/importer/parse-transcript';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const SAVED = readFileSync(join(FIXTURES, 'saved-page', 'input.html'), 'utf8');
const RAW = readFileSync(join(ROOT, '..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt'), 'utf8');
const COMMITTED = readFileSync(join(ROOT, 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md'), 'utf8');

const rawParagraphs = RAW.split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

describe('the saved-page fixture', () => {
  test('holds the shared raw source’s own text, paragraph for paragraph, in the h-entry parts', () => {
    const tree = fromHtml(SAVED);
    const entry = select('.h-entry', tree) as Element;
    const paragraphs = selectAll('.e-content p', entry).map((p) => toText(p).trim());
    const first = rawParagraphs.findIndex((paragraph) => paragraph.startsWith('President of\u00a0Russia Vladimir Putin:'));
    expect(paragraphs).toEqual(rawParagraphs.slice(first, -1));
    expect(toText(select('.p-summary', entry) as Element).trim()).toBe(rawParagraphs[first - 1]);
    expect(toText(select('h1.entry-title.p-name', entry) as Element)).toBe(rawParagraphs[first - 3]);
    expect(rawParagraphs.at(-1)).toBe(`February 18, 2022, ${toText(select('.read__place', entry) as Element)}`);
  });
});

describe('importing a saved page', () => {
  test('is recognised as HTML by its name, or by how it starts', () => {
    expect(formatOf('page.html', '')).toBe('html');
    expect(formatOf('page.HTM', '')).toBe('html');
    expect(formatOf('page.txt', SAVED)).toBe('text');
    expect(formatOf('page', SAVED)).toBe('html');
    expect(formatOf('page', RAW)).toBe('text');
  });

  test('gives the committed transcript, plus the short link and topics the page adds, with no warning', async () => {
    const { markdown, transcript } = await importTranscript(SAVED, { format: 'html' });
    const expected = COMMITTED.replace('\noriginalUrl:', '\nshortLink: http://en.kremlin.ru/d/67809\noriginalUrl:').replace(
      '\nspeakers:',
      '\ntags:\n  - Foreign policy\n  - Belarus\nspeakers:',
    );
    expect(markdown.text).toBe(expected);
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual([
      'vladimir-putin',
      'alexander-lukashenko',
      'andrei-kolesnikov',
      'vladimir-putin',
      'alexander-lukashenko',
      'alyona-syrova',
      'vladimir-putin',
      'alexander-lukashenko',
    ]);
    expect(transcript.warnings).toEqual([]);
  });

  test('lines in its turns are lines of the HTML file', () => {
    const { transcript } = prepareImport(SAVED, { format: 'html' });
    const lines = SAVED.split('\n');
    for (const turn of transcript.turns) expect(lines[turn.line - 1]).toContain(`<p>${turn.label.replace(/\u00a0/gu, '&nbsp;')}:`);
  });

  test('none of the page’s chrome reaches the transcript', () => {
    const { markdown } = prepareImport(SAVED, { format: 'html' });
    for (const chrome of ['View settings', 'Font size', 'Official website', 'Search', 'Related items', 'Creative Commons', 'Publication date', 'Direct link:', 'Topics', 'window.config']) {
      expect(markdown.text).not.toContain(chrome);
    }
  });
});

const page = (entry: string, lang = 'en') => `<!DOCTYPE html>\n<html lang="${lang}">\n<head><link rel="canonical" href="http://${lang === 'en' ? 'en.' : ''}kremlin.ru/events/president/news/67809"></head>\n<body>\n${entry}\n</body>\n</html>\n`;
const entry = (content: string) =>
  `<div class="hentry h-entry">\n<h1 class="entry-title p-name">Talks</h1>\n<time class="read__published" datetime="2022-02-18">February 18, 2022</time>\n<div class="read__place p-location">Moscow</div>\n<div class="entry-content e-content read__internal_content">\n${content}\n</div>\n</div>`;

function problemOf(html: string): string {
  try {
    prepareImport(html, { format: 'html' });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return `${error.line ?? '-'}: ${error.message}`;
  }
  return 'no problem';
}

describe('odd saved pages', () => {
  test('a page without an h-entry article is refused', () => {
    const html = readFileSync(join(FIXTURES, 'errors', 'no-h-entry.html'), 'utf8');
    expect(problemOf(html)).toBe(
      '-: this HTML page has no h-entry article (no element of class "h-entry"): save the transcript page itself from kremlin.ru, not a list, a search or another site',
    );
  });

  test('an article without its text is refused at the article’s line', () => {
    expect(problemOf(page('<div class="h-entry">\n<h1 class="p-name">Talks</h1>\n</div>'))).toBe("5: the page's h-entry article has no date (`time[datetime]`)");
  });

  test('a <br> starts a new paragraph, and loose text and nested blocks are read in order', () => {
    const { transcript } = prepareImport(page(entry('<p>Vladimir Putin: Friends,<br>Thank you.</p>\nQuestion: Why?\n<blockquote><p>Vladimir Putin: Because.</p></blockquote>')), { format: 'html' });
    expect(transcript.turns.map((turn) => [turn.speaker, turn.paragraphs.map((paragraph) => paragraph.text)])).toEqual([
      ['vladimir-putin', ['Friends,', 'Thank you.']],
      ['question', ['Why?']],
      ['vladimir-putin', ['Because.']],
    ]);
    expect(transcript.meta.summary).toBeUndefined();
  });

  test('a page of the Russian site keeps its language and has no "Russian original" of its own', () => {
    const { markdown, transcript } = prepareImport(page(entry('<p>В.Путин: Друзья,</p>\n<p>Вопрос: Почему?</p>'), 'ru'), { format: 'html' });
    expect(markdown.text).toContain('\nsource: http://kremlin.ru/events/president/news/67809\nlang: ru\n');
    expect(markdown.text).not.toContain('originalUrl');
    expect(transcript.speakers.map(({ key, name }) => ({ key, name }))).toEqual([
      { key: 'speaker-1', name: 'В.Путин' },
      { key: 'speaker-2', name: 'Вопрос' },
    ]);
    expect(transcript.warnings.map((warning) => warning.message)).toEqual([
      '"В.Путин" gives no Latin-letter key; it was given the key "speaker-1" (set a better one with --speakers)',
      '"Вопрос" gives no Latin-letter key; it was given the key "speaker-2" (set a better one with --speakers)',
    ]);
  });
});
