import type { TurnSearchRecord } from './search-records';

/**
 * What Pagefind indexes as one record: every turn of one speaker in one transcript, each turn
 * a sub-result of its own (`<section id="<anchor>" data-pagefind-title>`), so a result still
 * links to, highlights and excerpts the turn. Grouping by speaker keeps the speaker filter
 * exact (Pagefind filters whole records) while the index holds a record per speaker and
 * transcript instead of one per turn: at 1,000 transcripts 9,756 records instead of 33,918,
 * which is what the metadata every first search downloads, the memory Pagefind's binary
 * takes and the time it scores a common word all grow with (see `docs/scaling.md`).
 */
export interface SearchPassage {
  /** The address of the speaker's first turn there; each turn's own is the same page with its anchor. */
  url: string;
  /** The page Pagefind reads: see {@link passageHtml}. */
  html: string;
  /** The turns in it, in reading order. */
  turns: number;
}

/**
 * A transcript's turn records grouped by speaker, in order of each speaker's first turn.
 * `order` places the transcript in reading order (see `readingOrder`); each passage appends
 * its first turn's place in the transcript, so filter-only listings keep reading order.
 * `language` is the index the records go to: the browser picks the one named by `<html lang>`.
 */
export function passagesOf(records: readonly TurnSearchRecord[], order: string, language: string): SearchPassage[] {
  const bySpeaker = new Map<string, { first: number; turns: TurnSearchRecord[] }>();
  records.forEach((record, position) => {
    const speaker = record.filters.speaker[0];
    const group = bySpeaker.get(speaker) ?? { first: position, turns: [] };
    group.turns.push(record);
    bySpeaker.set(speaker, group);
  });
  return [...bySpeaker.values()].map(({ first, turns }) => {
    const [lead] = turns as [TurnSearchRecord, ...TurnSearchRecord[]];
    return { url: lead.url, html: passageHtml(turns, `${order} ${String(first).padStart(6, '0')}`, language), turns: turns.length };
  });
}

/**
 * The page Pagefind indexes for a speaker's turns in one transcript. The name and role open
 * it as searchable words (`Lukashenko`, `Kommersant` find the speaker; the heading weighs
 * most); the transcript's title and date are metadata only, so a word of the title does not
 * match every turn. For the turns `vladimir-putin-1` and `vladimir-putin-2`:
 *
 * ```html
 * <main data-pagefind-body>
 *   <h1>Vladimir Putin</h1><p data-pagefind-meta="role">President of Russia</p>
 *   <section id="vladimir-putin-1" data-pagefind-title="Vladimir Putin"><p>Mr President, …</p></section>
 *   <section id="vladimir-putin-2" data-pagefind-title="Vladimir Putin"><p>…</p></section>
 *   <div data-pagefind-ignore><span data-pagefind-filter="speaker">vladimir-putin</span>
 *     <span data-pagefind-filter="transcript">2022-02-18-…</span><span data-pagefind-filter="year">2022</span>
 *     <span data-pagefind-meta="transcript-title">News conference …</span>
 *     <span data-pagefind-meta="date">2022-02-18</span><span data-pagefind-sort="order">…</span></div>
 * </main>
 * ```
 */
export function passageHtml(turns: readonly TurnSearchRecord[], order: string, language: string): string {
  const [lead] = turns;
  if (!lead) throw new Error('search index: a passage needs at least one turn');
  const { meta, filters } = lead;
  const sections = turns.map(({ url, content }) => {
    const anchor = url.slice(url.indexOf('#') + 1);
    const paragraphs = content.split(/\n+/).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
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
    tag('sort', 'order', order),
    '</div></main></body></html>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
