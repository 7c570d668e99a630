import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { ImportError } from './import-problem';
import { plainText } from './normalise-text';
import type { Page } from './page';
import { contentParagraphs } from './html-paragraphs';

/**
 * Reads a page saved from en.kremlin.ru or kremlin.ru. The site marks each article with the
 * h-entry microformat, and only these parts of it are read, so the page's chrome (menus, the
 * search form, related items, scripts) never reaches the text:
 *
 * | part | element |
 * | --- | --- |
 * | title | `h1.entry-title.p-name` |
 * | date | `time.read__published[datetime]` |
 * | place | `.read__place.p-location` |
 * | summary | `.read__lead.entry-summary.p-summary` |
 * | text, one `<p>` per paragraph | `.entry-content.e-content.read__internal_content` |
 * | "Direct link" | `.read__bottommeta a[href]` |
 * | topics | `.read__tags .p-category` |
 * | the page's address | `link[rel=canonical]` or `meta[property="og:url"]` |
 *
 * Lines in errors and warnings are lines of the HTML file.
 */
export function readSavedPage(html: string): Page {
  const tree = fromHtml(html.replace(/^\uFEFF/, ''));
  const entry = select('.h-entry, .hentry', tree);
  if (!entry) {
    throw new ImportError(undefined, 'this HTML page has no h-entry article (no element of class "h-entry"): save the transcript page itself from kremlin.ru, not a list, a search or another site');
  }
  const entryLine = lineOf(entry);
  const need = (selector: string, what: string): Element =>
    select(selector, entry) ?? fail(entryLine, `the page's h-entry article has no ${what} (\`${selector}\`)`);

  const titleElement = need('.entry-title, .p-name', 'title');
  const time = need('time[datetime]', 'date');
  const placeElement = need('.read__place, .p-location', 'place');
  const body = need('.entry-content, .e-content', 'text');

  const datetime = String(time.properties['dateTime'] ?? '');
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(datetime)?.[0];
  const day = date === undefined ? undefined : new Date(`${date}T00:00:00Z`);
  if (date === undefined || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    fail(lineOf(time), `the date "${datetime}" is not a day written YYYY-MM-DD`);
  }
  const place = textOf(placeElement);
  if (place === '') fail(lineOf(placeElement), 'the page names no place');
  const title = textOf(titleElement);
  if (title === '') fail(lineOf(titleElement), 'the page has an empty title');

  const lead = select('.entry-summary, .p-summary', entry);
  return {
    title: { line: lineOf(titleElement), text: title },
    dateline: { line: lineOf(time), text: `${textOf(time)}, ${place}`, date, place, valid: true },
    lead: lead ? contentParagraphs(lead) : [],
    content: contentParagraphs(body),
    shortLink: bottomLink(entry),
    pageUrl: pageAddress(tree),
    tags: [...new Set(selectAll('.read__tags .p-category, .p-category', entry).map(textOf).filter(Boolean))],
    lang: langOf(tree),
    warnings: [],
  };
}

function fail(line: number, message: string): never {
  throw new ImportError(line, message);
}

function textOf(element: Element): string {
  return plainText(toText(element, { whitespace: 'normal' }));
}

/** The HTML line an element starts on (1 for a tree made without positions). */
function lineOf(node: Element | ElementContent | Root): number {
  return node.position?.start.line ?? 1;
}

/** The short link under the text: the first web address in the publication block. */
function bottomLink(entry: Element): string | undefined {
  const block = select('.read__bottommeta', entry);
  if (!block) return undefined;
  const link = selectAll('a[href]', block)
    .map((anchor) => String(anchor.properties['href']))
    .find((href) => /^https?:\/\//u.test(href));
  return link;
}

function pageAddress(tree: Root): string | undefined {
  const canonical = select('link[rel=canonical][href]', tree)?.properties['href'];
  const ogUrl = select('meta[property="og:url"][content]', tree)?.properties['content'];
  return [canonical, ogUrl].map((value) => (value === undefined ? '' : String(value))).find((value) => /^https?:\/\//u.test(value));
}

function langOf(tree: Root): string | undefined {
  const lang = select('html[lang]', tree)?.properties['lang'];
  return lang === undefined ? undefined : String(lang).toLowerCase();
}

