import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plugins } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { transcriptItem, turnItem, type CitedTranscript, type CslItem } from '../../src/citations/csl-item';
import { alwaysAccessed, bibliographyOnly, type CslNode } from '../../src/citations/csl-style-tree';
import { loadStyle } from '../../src/citations/csl-styles';
import { STYLED_FORMATS, styledText } from '../../src/citations/render-citations';
import { readTurns } from '../../src/plugins/read-turns';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { parseTranscript, readTranscriptFile, type TranscriptFile } from '../../src/utils/transcript-file';

const SITE = 'https://transcripts.example.org';
const REAL = join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md');
const RETRIEVED = '2026-12-08';

/** Each style as the CSL styles repository writes it (with the access date always printed), for comparison. */
const styles = plugins.config.get('@csl')['styles'] as { add(name: string, style: CslNode): void };
for (const { style } of STYLED_FORMATS) styles.add(`untouched-${style}`, alwaysAccessed(loadStyle(style)));

/** The item rendered by the untouched style, as `styledText` hands it to the processor. */
function untouched(item: CslItem, style: string): string {
  const forProcessor = { ...item, archive_location: `<span class="nocase">${item.archive_location}</span>` };
  return String(plugins.output.format('bibliography', [forProcessor], { template: `untouched-${style}`, lang: 'en-US', format: 'text' })).trim();
}

/** The transcript's item and every turn's, as its pages cite them. */
async function itemsOf(slug: string, file: TranscriptFile): Promise<CslItem[]> {
  const { turns } = await readTurns(file);
  const transcript: CitedTranscript = { slug, title: file.data.title, date: file.data.date, place: file.data.place, source: file.data.source, url: `${SITE}/transcripts/${slug}/` };
  const speaker = (key: string) => file.data.speakers.find((one) => one.key === key)?.name ?? key;
  return [transcriptItem(transcript, RETRIEVED), ...turns.map((turn) => turnItem(transcript, { anchor: turn.anchor, speaker: speaker(turn.speaker), position: turn.position, url: `${SITE}/transcripts/${slug}/${turn.anchor}/` }, RETRIEVED))];
}

function expectSameText(items: readonly CslItem[]): void {
  for (const { id, style } of STYLED_FORMATS) for (const item of items) expect(styledText(item, id), `${id}: ${item.id}`).toBe(untouched(item, style));
}

describe('a style reduced to a one-item bibliography', () => {
  test.each(STYLED_FORMATS.map(({ style }) => style))('%s keeps its bibliography layout and loses its sorting and citation layout', (id) => {
    const full = alwaysAccessed(loadStyle(id));
    const reduced = bibliographyOnly(full);
    const part = (style: CslNode, name: string) => style.children.find((child): child is CslNode => typeof child !== 'string' && child.name === name);
    expect(part(full, 'bibliography')?.children.some((child) => typeof child !== 'string' && child.name === 'sort')).toBe(true);
    expect(part(reduced, 'bibliography')?.children.some((child) => typeof child !== 'string' && child.name === 'sort')).toBe(false);
    expect(part(reduced, 'bibliography')?.children.find((child) => typeof child !== 'string' && child.name === 'layout')).toEqual(part(full, 'bibliography')?.children.find((child) => typeof child !== 'string' && child.name === 'layout'));
    expect(part(reduced, 'citation')).toEqual({ name: 'citation', attrs: {}, children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }] });
    expect(reduced.children.filter((child) => typeof child !== 'string' && child.name === 'macro')).toEqual(full.children.filter((child) => typeof child !== 'string' && child.name === 'macro'));
  });

  test('prints the real transcript and each of its turns as the untouched style does', async () => {
    const items = await itemsOf('2022-02-18-russian-belarusian-talks', readTranscriptFile(REAL));
    expect(items.length).toBeGreaterThan(5);
    expectSameText(items);
  });

  test('prints a generated archive’s transcripts and turns as the untouched style does, whatever the names and titles', async () => {
    const corpus = [...generateCorpus({ count: 8, seed: 'bibliography-only', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 2000 })];
    const items = (await Promise.all(corpus.map(({ slug, markdown }) => itemsOf(slug, parseTranscript(`${slug}.md`, markdown))))).flat();
    expect(items.length).toBeGreaterThan(40);
    expectSameText(items);
  });
});
