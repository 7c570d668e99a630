import { ImportError, type ImportNote } from './import-problem';
import { plainText, type Paragraph } from './normalise-text';
import type { Page } from './page';
import { parseDateline } from './parse-dateline';

/** Site furniture that a copy of a kremlin.ru page picks up above the title. */
const CHROME = new Set(['View settings', 'Font size:', 'Site colours:', 'Official website of the President of Russia', 'Text version', 'Print version']);
/** Section crumbs, in any script: "News /", "Transcripts /", "Документ /", "Events / News /". */
const CRUMBS = /^(?:\p{L}[\p{L}\p{N} '’.-]*\/ ?)+$/u;
/** The first line of the block under the text: "Publication date: …", "Direct link: …". */
const TRAILER_KEY = /^(publication date|direct link|дата публикации|прямая ссылка(?: на материал)?) ?:? ?(.*)$/iu;
const URL = /https?:\/\/[^\s"'<>]+/u;
const PAGE_URL = /^https?:\/\/[^\s"'<>]+$/u;

const isChrome = (paragraph: Paragraph) => CHROME.has(plainText(paragraph.text)) || CRUMBS.test(plainText(paragraph.text));

/**
 * Finds the title, the dateline below it and the end of the transcript in a pasted page. Above
 * the title, known chrome and section crumbs are dropped quietly and anything else with a
 * warning; a URL on a line of its own there is taken as the page's address. The transcript ends at the dateline kremlin.ru repeats under the text, or at the
 * "Publication date … / Direct link …" block, whose link is kept as the short link.
 */
export function stripChrome(paragraphs: Paragraph[]): Page {
  const warnings: ImportNote[] = [];
  const { titleIndex, datelineIndex, dateline } = findDateline(paragraphs);
  const head = paragraphs.slice(0, titleIndex);
  const pageUrl = head.map((paragraph) => plainText(paragraph.text)).find((text) => PAGE_URL.test(text));
  for (const paragraph of head) {
    if (!isChrome(paragraph) && !PAGE_URL.test(plainText(paragraph.text))) warnings.push({ line: paragraph.line, message: `dropped as page chrome above the title: "${plainText(paragraph.text)}"` });
  }

  const trailerIndex = paragraphs.findIndex((paragraph, index) => index > datelineIndex && TRAILER_KEY.test(plainText(paragraph.text)));
  const end = trailerIndex === -1 ? paragraphs.length : trailerIndex;
  const closingIndex = paragraphs.findLastIndex(
    (paragraph, index) => index > datelineIndex + 1 && index < end && parseDateline(plainText(paragraph.text))?.date === dateline.date,
  );
  for (const paragraph of closingIndex === -1 ? [] : paragraphs.slice(closingIndex + 1, end)) {
    warnings.push({ line: paragraph.line, message: `dropped as page chrome after the closing dateline: "${plainText(paragraph.text)}"` });
  }
  const shortLink = trailerIndex === -1 ? undefined : readTrailer(paragraphs.slice(trailerIndex), warnings);

  return {
    title: paragraphs[titleIndex] as Paragraph,
    dateline: { ...(paragraphs[datelineIndex] as Paragraph), ...dateline },
    lead: [],
    content: paragraphs.slice(datelineIndex + 1, closingIndex === -1 ? end : closingIndex),
    shortLink,
    pageUrl,
    tags: [],
    lang: undefined,
    warnings,
  };
}

/** The first dateline that has a title above it; the title is the nearest line that is not chrome. */
function findDateline(paragraphs: Paragraph[]) {
  for (const [datelineIndex, paragraph] of paragraphs.entries()) {
    const dateline = parseDateline(plainText(paragraph.text));
    if (!dateline) continue;
    const titleIndex = paragraphs.slice(0, datelineIndex).findLastIndex((candidate) => !isChrome(candidate));
    if (titleIndex === -1) continue;
    if (!dateline.valid) throw new ImportError(paragraph.line, `the dateline "${plainText(paragraph.text)}" names a day the calendar does not have`);
    if (dateline.place === '') {
      throw new ImportError(paragraph.line, `the dateline "${plainText(paragraph.text)}" names no place: it should read like "December 20, 2012, Moscow"`);
    }
    return { titleIndex, datelineIndex, dateline };
  }
  const first = paragraphs.find((paragraph) => !isChrome(paragraph));
  throw new ImportError(
    first?.line,
    'no dateline: the title must be followed by a line such as "February 18, 2022, The Kremlin, Moscow" or "December 20, 2012, Moscow"',
  );
}

/** Reads "Publication date: …" and "Direct link: …", each value on its own line or the next. */
function readTrailer(trailer: Paragraph[], warnings: ImportNote[]): string | undefined {
  let shortLink: string | undefined;
  let expecting: 'date' | 'link' | undefined;
  for (const paragraph of trailer) {
    const text = plainText(paragraph.text);
    const key = TRAILER_KEY.exec(text);
    const link = URL.exec(text)?.[0];
    if (key) {
      const isLink = /link|ссылка/iu.test(key[1] ?? '');
      if (isLink && link) shortLink = link;
      expecting = key[2] ? undefined : isLink ? 'link' : 'date';
    } else if (expecting === 'link' && link) {
      shortLink = link;
      expecting = undefined;
    } else if (expecting === 'date' && /\d{4}/u.test(text)) {
      expecting = undefined;
    } else if (!isChrome(paragraph)) {
      warnings.push({ line: paragraph.line, message: `dropped as part of the publication block: "${text}"` });
    }
  }
  return shortLink;
}
