import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { TurnSearchRecord } from '../../src/integrations/search-records';

/** The attribute that marks the element holding a transcript's turns. */
const SEARCH_SOURCE_ATTRIBUTE = 'data-search-transcript';

/**
 * The search records a built page shows, read back from its HTML: a test oracle, independent
 * of the code that feeds the index (`turnRecordsOf`), which the index is checked against: one per turn inside the element marked
 * `data-search-transcript="<slug>"`, or none when the page has no such element (turn pages,
 * speaker pages and the like quote turns but are not where they live).
 *
 * ```html
 * <article data-search-transcript="2022-02-18-russian-belarusian-talks">
 *   <h1>News conference …</h1> … <time datetime="2022-02-18">…</time>
 *   <section class="turn" id="vladimir-putin-1" data-speaker="vladimir-putin">
 *     <h2 class="turn-speaker"><span class="turn-speaker-name">Vladimir Putin</span>
 *       <span class="turn-speaker-role">President of Russia</span></h2> …
 *     <div class="turn-body"><p>Mr President, colleagues, …</p></div>
 * ```
 *
 * gives `{ url: '/transcripts/2022-02-18-russian-belarusian-talks/#vladimir-putin-1',
 * content: 'Mr President, colleagues, …', meta: { title: 'Vladimir Putin', role: 'President of
 * Russia' }, filters: { speaker: ['vladimir-putin'], … } }`. A role is shown on a speaker's
 * first turn only; every record of that speaker carries it. Markup that breaks the turn
 * contract throws, naming `file`.
 */
export function turnRecordsFromPage(html: string, pageUrl: string, file: string): TurnSearchRecord[] {
  if (!html.includes(SEARCH_SOURCE_ATTRIBUTE)) return [];
  const source = select(`[${SEARCH_SOURCE_ATTRIBUTE}]`, fromHtml(html));
  if (!source) return [];
  const fail = (reason: string): never => {
    throw new Error(`${file}: cannot index the transcript for search: ${reason}`);
  };

  const slug = String(source.properties['dataSearchTranscript'] ?? '') || fail(`${SEARCH_SOURCE_ATTRIBUTE} is empty`);
  const title = textOf(select('h1', source)) || fail('it has no <h1> title');
  const date = String(select('time[datetime]', source)?.properties['dateTime'] ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('it has no <time datetime="YYYY-MM-DD"> date');

  const turns = selectAll('section.turn', source);
  if (turns.length === 0) fail('it has no section.turn elements');
  const roles = new Map<string, string>();
  for (const turn of turns) {
    const role = textOf(select('.turn-speaker-role', turn));
    if (role) roles.set(String(turn.properties['dataSpeaker']), role);
  }

  return turns.map((turn) => {
    const anchor = String(turn.properties['id'] ?? '') || fail('a turn has no id');
    const speaker = String(turn.properties['dataSpeaker'] ?? '') || fail(`turn #${anchor} has no data-speaker`);
    const name = textOf(select('.turn-speaker-name', turn)) || fail(`turn #${anchor} has no .turn-speaker-name`);
    const content = textOf(select('.turn-body', turn)) || fail(`turn #${anchor} has no text in .turn-body`);
    const role = roles.get(speaker);
    return {
      url: `${pageUrl}#${anchor}`,
      content,
      meta: role ? { title: name, role } : { title: name },
      filters: { speaker: [speaker], transcript: [slug], year: [date.slice(0, 4)], 'transcript-title': [title], date: [date] },
    };
  });
}

/** Text as a reader sees it; paragraphs become lines. Non-breaking spaces stay as published. */
function textOf(element: Element | Root | undefined): string {
  return element ? toText(element).trim() : '';
}

