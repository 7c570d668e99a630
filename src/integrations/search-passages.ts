import { paragraphGlue } from '../utils/paragraph-break';
import { tokensOf } from '../utils/words';
import type { TurnSearchRecord } from './search-records';

/**
 * What Pagefind indexes as one record: turns of one speaker in one transcript, up to
 * {@link PASSAGE_WORDS} words, each turn a sub-result of its own (`<section id="<anchor>"
 * data-pagefind-title>`), so a result still links to, highlights and excerpts the turn.
 * Grouping by speaker keeps the speaker filter exact (Pagefind filters whole records) while the
 * index holds fewer records than turns: at 1,000 generated transcripts 12,965 instead of
 * 33,918, and the metadata every first search downloads and the memory Pagefind's binary takes
 * grow with the number of records (see `docs/scaling.md`).
 */
export interface SearchPassage {
  /** The address of the passage's first turn; each turn's own is the same page with its anchor. */
  url: string;
  /** The page Pagefind reads: see {@link passageHtml}. */
  html: string;
  /** The turns in it, in reading order. */
  turns: number;
}

/**
 * The most words a passage holds, unless one turn alone is longer. A search loads a whole
 * passage for each result it shows (Pagefind's fragment), and ranks long passages first
 * (a long turn is someone speaking at length, not a diluted page: see `RANKING`), so without
 * a bound the first results of a common word are a head of state's whole part in the longest
 * transcripts, 40 KB each. 2,000 words keeps a fragment near 5 KB gzip; fewer words would
 * mean more records, and more metadata for every first search.
 */
export const PASSAGE_WORDS = 2000;

/**
 * A transcript's turn records grouped by speaker, in order of each speaker's first turn, a
 * speaker's turns split into passages of at most {@link PASSAGE_WORDS} words.
 * `order` places the transcript in reading order (see `readingOrder`); each passage appends
 * its first turn's place in the transcript, so filter-only listings keep reading order.
 * `language` is the index the records go to: the browser picks the one named by `<html lang>`.
 */
export function passagesOf(records: readonly TurnSearchRecord[], order: string, language: string): SearchPassage[] {
  const bySpeaker = new Map<string, { turns: TurnSearchRecord[] }>();
  const positions = new Map<TurnSearchRecord, number>();
  records.forEach((record, position) => {
    positions.set(record, position);
    const speaker = record.filters.speaker[0];
    const group = bySpeaker.get(speaker) ?? { turns: [] };
    group.turns.push(record);
    bySpeaker.set(speaker, group);
  });
  return [...bySpeaker.values()].flatMap(({ turns }) => {
    const parts = partsOf(turns);
    return parts.map((part) => {
      const [lead] = part as [TurnSearchRecord, ...TurnSearchRecord[]];
      const place = String(positions.get(lead) ?? 0).padStart(6, '0');
      return { url: lead.url, html: passageHtml(part, `${order} ${place}`, language, parts.length), turns: part.length };
    });
  });
}

/** A speaker's turns in runs of at most {@link PASSAGE_WORDS} words; a longer turn is a run of its own. */
function partsOf(turns: readonly TurnSearchRecord[]): TurnSearchRecord[][] {
  const parts: TurnSearchRecord[][] = [];
  let words = 0;
  for (const turn of turns) {
    const length = tokensOf(turn.content).length;
    const current = parts.at(-1);
    if (current && words + length <= PASSAGE_WORDS) {
      current.push(turn);
      words += length;
    } else {
      parts.push([turn]);
      words = length;
    }
  }
  return parts;
}

/**
 * The page Pagefind indexes for a speaker's turns in one transcript. The name and role open
 * it as searchable words (`Lukashenko`, `Kommersant` find the speaker; the heading weighs
 * most); the transcript's title and date are metadata only, so a word of the title does not
 * match every turn, and `parts` says how many passages the speaker's turns there make. For
 * the turns `vladimir-putin-1` and `vladimir-putin-2`:
 *
 * ```html
 * <main data-pagefind-body>
 *   <h1>Vladimir Putin</h1><p data-pagefind-meta="role">President of Russia</p>
 *   <section id="vladimir-putin-1" data-pagefind-title="Vladimir Putin"><p>Mr President, …</p></section>
 *   <section id="vladimir-putin-2" data-pagefind-title="Vladimir Putin"><p>…</p></section>
 *   <div data-pagefind-ignore><span data-pagefind-filter="speaker">vladimir-putin</span>
 *     <span data-pagefind-filter="transcript">2022-02-18-…</span><span data-pagefind-filter="year">2022</span>
 *     <span data-pagefind-meta="transcript-title">News conference …</span>
 *     <span data-pagefind-meta="date">2022-02-18</span><span data-pagefind-meta="parts">1</span>
 *     <span data-pagefind-sort="order">…</span></div>
 * </main>
 * ```
 */
export function passageHtml(turns: readonly TurnSearchRecord[], order: string, language: string, parts = 1): string {
  const [lead] = turns;
  if (!lead) throw new Error('search index: a passage needs at least one turn');
  const { meta, filters } = lead;
  const sections = turns.map(({ url, content }) => {
    const anchor = url.slice(url.indexOf('#') + 1);
    // Pagefind reads the paragraphs as one line: one that ends mid-sentence is marked off from the next.
    const paragraphs = content.split(/\n+/).map((paragraph, at, all) => `<p>${at > 0 ? paragraphGlue(all[at - 1] ?? '').trimStart() : ''}${escapeHtml(paragraph)}</p>`);
    return `<section id="${escapeHtml(anchor)}" data-pagefind-title="${escapeHtml(meta.title)}">${paragraphs.join('')}</section>`;
  });
  const tag = (kind: 'filter' | 'meta' | 'sort', name: string, value: string) => `<span data-pagefind-${kind}="${name}">${escapeHtml(value)}</span>`;
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>-</title></head><body><main data-pagefind-body>`,
    `<h1>${escapeHtml(meta.title)}</h1>`,
    meta.role ? `<p data-pagefind-meta="role">${escapeHtml(meta.role)}</p>` : '',
    ...sections,
    '<div data-pagefind-ignore>',
    tag('filter', 'speaker', filters.speaker[0]),
    tag('filter', 'transcript', filters.transcript[0]),
    tag('filter', 'year', filters.year[0]),
    tag('meta', 'transcript-title', filters['transcript-title'][0]),
    tag('meta', 'date', filters.date[0]),
    tag('meta', 'parts', String(parts)),
    tag('sort', 'order', order),
    '</div></main></body></html>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
