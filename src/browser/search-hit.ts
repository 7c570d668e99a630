import { formatDate } from '../utils/format-date';
import { PARAGRAPH_MARK } from '../utils/paragraph-break';
import { markedWord } from './marked-word';
import type { TurnHit } from './search-turns';
import type { readStrings } from './ui-strings';

/** What a hit needs from the list it goes in. */
export interface HitContext {
  /** The search page's address, for the link to a speaker's other turns. */
  searchPage: string;
  /** "3 more turns here", or without a count "More of their turns here" */
  moreTurns(count: number | undefined): string;
}

/** The context of hits in a list on a page whose strings are `strings` (see `readStrings`). */
export function hitContext(searchPage: string, { text, count }: ReturnType<typeof readStrings>): HitContext {
  return { searchPage, moreTurns: (n) => (n === undefined ? text('search.moreTurnsUncounted') : count('search.moreTurns', n)) };
}

/**
 * A search result as one link, so a reader moves through results one stop at a time, and a
 * second link to the speaker's other matching turns in that transcript when there are some:
 *
 * ```html
 * <li class="search-hit"><a href="/transcripts/x/?pagefind-highlight=Minsk#vladimir-putin-1">
 *   <span class="hit-speaker"><span class="hit-name">Vladimir Putin</span> <span class="hit-role">President of Russia</span></span>
 *   <span class="hit-source">News conference … · <time datetime="2022-02-18">18 February 2022</time></span>
 *   <span class="hit-excerpt">… the <mark>Minsk</mark> Agreements …</span>
 * </a><a class="hit-more" href="/search/?q=Minsk+Agreements&speaker=vladimir-putin&transcript=…">2 more turns here</a></li>
 * ```
 */
export function searchHit(hit: TurnHit, { searchPage, moreTurns }: HitContext): HTMLLIElement {
  const item = element('li', 'search-hit');
  const link = element('a', 'hit-link');
  link.href = hit.href;
  const speaker = element('span', 'hit-speaker');
  speaker.append(element('span', 'hit-name', hit.speaker));
  if (hit.role) speaker.append(' ', element('span', 'hit-role', hit.role));
  const source = element('span', 'hit-source', `${hit.transcript} · `);
  const time = element('time', '', hit.date ? formatDate(new Date(`${hit.date}T00:00:00Z`)) : '');
  time.dateTime = hit.date;
  source.append(time);
  link.append(speaker, source, excerpt(hit));
  item.append(link);
  if (hit.more) {
    const more = element('a', 'hit-more', moreTurns(hit.more.count));
    more.href = `${searchPage}${hit.more.href}`;
    item.append(more);
  }
  return item;
}

/**
 * Pagefind's excerpt as DOM nodes rather than `innerHTML`: its text escapes only `<` and
 * `>`, so it is split at the `<mark>` tags it adds and everything else is set as text. A mark
 * holds the word without the punctuation Pagefind takes in with it (`sanctions;`), a
 * paragraph mark (see `paragraphGlue`) is set apart, and an ellipsis shows where the turn goes on.
 */
function excerpt({ excerpt: html, clipped }: TurnHit): HTMLElement {
  const container = element('span', 'hit-excerpt');
  if (clipped.start) container.append('… ');
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const [before, word, after] = markedWord(unescape(marked[1] ?? ''));
      container.append(...[before, element('mark', '', word), after].filter(Boolean));
      return;
    }
    unescape(part)
      .split(PARAGRAPH_MARK)
      .forEach((text, at) => {
        if (at > 0) container.append(element('span', 'hit-break', PARAGRAPH_MARK));
        if (text) container.append(text);
      });
  });
  if (clipped.end) container.append(' …');
  return container;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
