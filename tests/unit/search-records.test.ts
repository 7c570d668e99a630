import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakableSpaces } from '../../src/utils/line-breaks';
import { describe, expect, test } from 'vitest';
import { turnRecordsOf } from '../../src/integrations/search-records';
import { readingOrder, writeSearchIndex } from '../../src/integrations/search-index';
import { PASSAGE_WORDS, passageHtml, passagesOf } from '../../src/integrations/search-passages';
import { loadSeed } from '../helpers/seed';
import { STOPPED_IF_HUNG } from '../helpers/run-script';

const SLUG = '2022-02-18-russian-belarusian-talks';
const PATH = `/transcripts/${SLUG}/`;
const SOURCE = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'transcripts', `${SLUG}.md`), 'utf8');

/**
 * The turns as the Markdown file writes them, independent of the site's code: the speaker
 * key of each `## key` heading and its paragraphs. The file has no inline markup.
 */
function sourceTurns(): { speaker: string; text: string }[] {
  const body = SOURCE.slice(SOURCE.indexOf('\n---\n', 4) + 5);
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [speaker = '', ...rest] = chunk.split('\n');
      const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      return { speaker: speaker.trim(), text: paragraphs.join('\n\n') };
    });
}

const seed = await loadSeed();
const records = turnRecordsOf(SLUG, seed.data, seed.turns);

describe('search records: a function of the turns', () => {
  test('one record per turn, addressed to the turn’s anchor, in reading order', () => {
    const expected = sourceTurns();
    expect(records).toHaveLength(8);
    const seen = new Map<string, number>();
    expect(records.map((record) => record.url)).toEqual(
      expected.map(({ speaker }) => {
        seen.set(speaker, (seen.get(speaker) ?? 0) + 1);
        return `${PATH}#${speaker}-${seen.get(speaker)}`;
      }),
    );
  });

  test('the content is exactly the turn’s words as published, which the page shows with no-break spaces only beside numbers', () => {
    expect(records.map((record) => record.content)).toEqual(sourceTurns().map(({ text }) => text));
    expect(records.map((record) => breakableSpaces(record.content))).toEqual(sourceTurns().map(({ text }) => breakableSpaces(text)));
    expect(records[0]?.content).toContain('the\u00a0Minsk Agreements');
  });

  test('no page chrome or screen-reader text gets in', () => {
    for (const record of records) {
      expect(record.content).not.toContain('Link to this turn');
      expect(record.content).not.toContain('Skip to content');
      expect(record.content).not.toContain('Texts as published by their sources');
      expect(record.content).not.toMatch(/^(Vladimir Putin|Alexander Lukashenko)/);
    }
  });

  test('speaker name and role are searchable metadata on every turn, not only the first', () => {
    expect(records.map((record) => record.meta)).toEqual([
      { title: 'Vladimir Putin', role: 'President of Russia' },
      { title: 'Alexander Lukashenko', role: 'President of the Republic of Belarus' },
      { title: 'Andrei Kolesnikov', role: 'Kommersant newspaper correspondent' },
      { title: 'Vladimir Putin', role: 'President of Russia' },
      { title: 'Alexander Lukashenko', role: 'President of the Republic of Belarus' },
      { title: 'Alyona Syrova', role: 'STV Channel' },
      { title: 'Vladimir Putin', role: 'President of Russia' },
      { title: 'Alexander Lukashenko', role: 'President of the Republic of Belarus' },
    ]);
  });

  test('filters name the speaker, transcript and year, and carry the title and date unsearched', () => {
    expect(records[1]?.filters).toEqual({
      speaker: ['alexander-lukashenko'],
      transcript: [SLUG],
      year: ['2022'],
      'transcript-title': ['News conference following Russian-Belarusian talks'],
      date: ['2022-02-18'],
    });
    expect(records.map((record) => record.filters.speaker[0])).toEqual(sourceTurns().map(({ speaker }) => speaker));
  });

  test('addresses follow the page URL it is given', () => {
    const based = turnRecordsOf(SLUG, seed.data, seed.turns, `/archive${PATH}`);
    expect(based[3]?.url).toBe(`/archive${PATH}#vladimir-putin-2`);
  });

  test('a turn by a speaker the front matter does not declare is refused', () => {
    const stray = seed.turns.map((turn, index) => (index === 2 ? { ...turn, speaker: 'nobody' } : turn));
    expect(() => turnRecordsOf(SLUG, seed.data, stray)).toThrow(`${SLUG}: turn #andrei-kolesnikov-1 is by "nobody", who is not declared`);
  });
});

describe('passages: what Pagefind indexes, one speaker’s turns in one transcript', () => {
  const passages = passagesOf(records, 'order', 'en');

  test('one passage per speaker, in order of first turn, addressed to that turn, holding every turn', () => {
    expect(passages.map(({ url, turns }) => [url.split('#')[1], turns])).toEqual([
      ['vladimir-putin-1', 3],
      ['alexander-lukashenko-1', 3],
      ['andrei-kolesnikov-1', 1],
      ['alyona-syrova-1', 1],
    ]);
    expect(passages.reduce((sum, { turns }) => sum + turns, 0)).toBe(records.length);
  });

  test('each turn is a sub-result, with every paragraph as published (one after a mid-sentence end marked ¶); speaker filter and metadata on the passage', () => {
    const putin = passages[0]?.html ?? '';
    for (const anchor of ['vladimir-putin-1', 'vladimir-putin-2', 'vladimir-putin-3']) expect(putin).toContain(`<section id="${anchor}" data-pagefind-title="Vladimir Putin">`);
    expect(putin).not.toContain('id="alexander-lukashenko-1"');
    expect(putin).toContain('<html lang="en">');
    expect(putin).toContain('<h1>Vladimir Putin</h1><p data-pagefind-meta="role">President of Russia</p>');
    expect(putin).toContain('<span data-pagefind-filter="speaker">vladimir-putin</span>');
    expect(putin).toContain(`<span data-pagefind-filter="transcript">${SLUG}</span>`);
    expect(putin).toContain('<span data-pagefind-meta="date">2022-02-18</span>');
    // Pagefind reads a turn's paragraphs as one line: after one that ends mid-sentence, the next opens with "¶ ".
    const midSentence = (text: string | undefined) => text !== undefined && !/[.!?…]["'”’»)\]]*$/u.test(text.trimEnd());
    const paragraphs = records
      .filter((record) => record.filters.speaker[0] === 'vladimir-putin')
      .flatMap((record) => record.content.split(/\n+/).map((text, at, all) => `${midSentence(all[at - 1]) ? '¶ ' : ''}${text}`));
    expect(paragraphs.slice(0, 2)).toEqual([expect.stringMatching(/gentlemen,$/), expect.stringMatching(/^¶ First\sof\sall,/)]);
    expect([...putin.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1])).toEqual(paragraphs.map((text) => text.replace(/&/g, '&amp;')));
  });

  test(`a speaker’s turns are split into passages of at most ${PASSAGE_WORDS} words, a longer turn alone, each knowing how many there are`, () => {
    const [first] = records;
    if (!first) throw new Error('no record');
    const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    const sizes = [900, 900, 900, PASSAGE_WORDS + 5, 10, 10];
    const turns = sizes.map((size, index) => ({ ...first, url: `${PATH}#vladimir-putin-${index + 1}`, content: words(size) }));
    const split = passagesOf(turns, 'order', 'en');
    expect(split.map(({ url, turns: count }) => [url.split('#')[1], count])).toEqual([
      ['vladimir-putin-1', 2],
      ['vladimir-putin-3', 1],
      ['vladimir-putin-4', 1],
      ['vladimir-putin-5', 2],
    ]);
    for (const { html } of split) expect(html).toContain('<span data-pagefind-meta="parts">4</span>');
    expect(passages[0]?.html).toContain('<span data-pagefind-meta="parts">1</span>');
  });

  test('text and attributes are escaped, so a turn cannot add markup or metadata', () => {
    const [first] = records;
    if (!first) throw new Error('no record');
    const hostile = { ...first, content: '<b data-pagefind-meta="title">x</b> & "y"', meta: { title: 'A "B" <C>' } };
    const html = passageHtml([hostile], 'order', 'en');
    expect(html).toContain('<p>&lt;b data-pagefind-meta=&quot;title&quot;&gt;x&lt;/b&gt; &amp; &quot;y&quot;</p>');
    expect(html).toContain('data-pagefind-title="A &quot;B&quot; &lt;C&gt;"');
    expect(html).not.toContain('<b ');
  });
});

describe('writing the index with Pagefind', () => {
  test('writes the bundle, without Pagefind’s unused ready-made interfaces', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'search-index-')), 'pagefind');
    await writeSearchIndex([records], out, 'en');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // One record per speaker: Putin, Lukashenko and the two journalists.
    expect(entry.languages['en']?.page_count).toBe(4);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.en.pagefind']));
    expect(files.filter((file) => /ui\.(js|css)$/.test(file))).toEqual([]);
  });

  test('the reading-order key puts the newest transcript first, then address; passages add their first turn’s place', () => {
    const at = (date: string, page: string) => ({ ...records[0], url: `/transcripts/${page}/#x-1`, filters: { ...records[0]?.filters, date: [date] } }) as (typeof records)[number];
    const transcripts = [at('2019-12-09', 'b'), at('2022-02-18', 'a-b'), at('2022-02-18', 'a'), at('2022-03-01', 'c')];
    // Pagefind sorts strings by their bytes, as Rust does.
    const sorted = [...transcripts].sort((a, b) => (readingOrder(a) < readingOrder(b) ? -1 : 1)).map((turn) => turn.url);
    expect(sorted).toEqual(['/transcripts/c/#x-1', '/transcripts/a-b/#x-1', '/transcripts/a/#x-1', '/transcripts/b/#x-1']);
    const orders = passagesOf(records, readingOrder(records[0] as (typeof records)[number]), 'en').map(({ html }) => /data-pagefind-sort="order">([^<]*)</.exec(html)?.[1] ?? '');
    expect(orders).toEqual([...orders].sort());
    expect(new Set(orders).size).toBe(orders.length);
  });

  test('two turns with one address are refused', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'search-index-')), 'pagefind');
    await expect(writeSearchIndex([[records[0], records[0]].filter((record) => record !== undefined)], out, 'en')).rejects.toThrow(
      `search index: two turns share the address ${PATH}#vladimir-putin-1`,
    );
  });

  test('a crash of Pagefind’s binary fails the process that builds, instead of a quiet exit', () => {
    // Pagefind panics when it cannot create the bundle folder, and its pending call never
    // settles. In a build (a process of its own, as here) that must still end in an error.
    const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    writeFileSync(join(dir, 'file'), '');
    const out = join(dir, 'file', 'pagefind');
    const script = join(dir, 'write.mts');
    writeFileSync(
      script,
      `import { writeSearchIndex } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'integrations', 'search-index.ts'))};
await writeSearchIndex([[{ url: '/a/#b', content: 'words', meta: { title: 'A' }, filters: { speaker: ['a'], transcript: ['t'], year: ['2022'], 'transcript-title': ['T'], date: ['2022-02-18'] } }]], ${JSON.stringify(out)}, 'en');
console.log('written');`,
    );
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '..', '..'), ...STOPPED_IF_HUNG });
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('written');
    expect(result.stderr).toContain('search index: Pagefind stopped before the index was written');
    expect(existsSync(out)).toBe(false);
  });
});
