import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { transcriptJsonSchema } from '../../src/schemas/transcript-json';
import { buildFrom, contentFolder, type BuildResult } from '../../src/tooling/site-build';
import { builtHtml, builtPage } from '../helpers/built-site';

/**
 * A turn whose body is more than paragraphs (a list, an inner `### heading`, a quotation, a
 * numbered list) keeps every block, with its words apart, on both pages, in the JSON, in the
 * `.txt` and in the search index. The fixture is made-up test data, shaped as published.
 */
const SLUG = '2019-12-10-budget-briefing';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'turn-blocks', `${SLUG}.md`);

let build: BuildResult;
beforeAll(() => {
  build = buildFrom(contentFolder({ [`${SLUG}.md`]: readFileSync(FIXTURE) }));
  if (build.status !== 0) throw new Error(build.output);
});

const page = (path: string): Root => builtPage(path, build.outDir);
const text = (element: Element | undefined) => (element ? toText(element, { whitespace: 'normal' }).trim() : '');

describe.each([
  ['the transcript page', `/transcripts/${SLUG}/`, '#jane-doe-1 '],
  ['the turn page', `/transcripts/${SLUG}/jane-doe-1/`, ''],
])('%s', (_name, path, within) => {
  test('keeps the list, the inner heading, the quotation and the numbered list as such', () => {
    const body = select(`${within}.turn-body`, page(path)) as Element;
    expect(selectAll(':scope > p', body).map(text)).toEqual(['They agreed on three goals:']);
    expect(selectAll(':scope > ul > li', body).map(text)).toEqual(['lower inflation;', 'higher real wages;', 'cheaper credit.']);
    expect(select(':scope > ul > li > em', body)).toBeTruthy();
    expect(text(select(':scope > h3#next-steps', body))).toBe('Next steps');
    expect(text(select(':scope > blockquote > p', body))).toBe('The ministers will meet again in March.');
    expect(selectAll(':scope > ol > li', body).map(text)).toEqual(['First, the budget.', 'Then, the ports.']);
  });
});

test('the turn page counts the words of every block, each list item apart', () => {
  expect(text(select('.turn-meta', page(`/transcripts/${SLUG}/jane-doe-1/`)))).toBe('Turn 2 of 3 · 27 words');
});

test('the JSON gives the blocks as structured data, with their plain text', () => {
  const json = transcriptJsonSchema.parse(JSON.parse(builtHtml(`/transcripts/${SLUG}.json`, build.outDir)));
  const turn = json.turns[1];
  expect(turn?.words).toBe(27);
  const paragraph = (words: string) => ({ type: 'paragraph', text: words });
  expect(turn?.blocks).toEqual([
    paragraph('They agreed on three goals:'),
    { type: 'list', ordered: false, items: [[paragraph('lower inflation;')], [paragraph('higher real wages;')], [paragraph('cheaper credit.')]] },
    { type: 'heading', depth: 3, id: 'next-steps', text: 'Next steps' },
    { type: 'quote', blocks: [paragraph('The ministers will meet again in March.')] },
    { type: 'list', ordered: true, items: [[paragraph('First, the budget.')], [paragraph('Then, the ports.')]] },
  ]);
});

test('the plain text prints the list items, the heading and the quotation on their own lines', () => {
  const txt = builtHtml(`/transcripts/${SLUG}.txt`, build.outDir);
  expect(txt).toContain(
    [
      'Jane Doe: They agreed on three goals:',
      '- lower inflation;\n- higher real wages;\n- cheaper credit.',
      'Next steps',
      '> The ministers will meet again in March.',
      '1. First, the budget.\n2. Then, the ports.',
      'John Roe: Thank you.',
    ].join('\n\n'),
  );
});

test('the search index holds the list items as separate words', () => {
  // One bundle per year (see `writeShardedIndex`): the fixture's is 2019.
  const dir = join(build.outDir, 'pagefind', '2019', 'fragment');
  const contents = readdirSync(dir).map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
  const answer = contents.find((fragment) => fragment.includes('lower inflation'));
  // A paragraph or item that ends mid-sentence is marked off from the next with " ¶ " (see paragraph-break.ts).
  expect(answer).toContain('lower inflation; ¶ higher real wages; ¶ cheaper credit. Next steps. ¶ The ministers will meet again in March. First, the budget.');
});
