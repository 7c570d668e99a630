import type { ImportNote } from './import-problem';
import type { Paragraph } from './normalise-text';
import type { Dateline } from './parse-dateline';

/**
 * A Kremlin page's parts that matter, its chrome set aside: what a pasted text
 * (`strip-chrome.ts`) and a saved HTML page (`read-saved-page.ts`) both come to. Lines are
 * lines of the file the page was read from.
 */
export interface Page {
  title: Paragraph;
  dateline: Paragraph & Dateline;
  /** The page's own summary, where it marks one apart from the text (`.read__lead` on a saved page). */
  lead: Paragraph[];
  /** Everything between the dateline (or the lead) and the end of the transcript: summary and turns. */
  content: Paragraph[];
  /** The "Direct link" of the trailing publication block, such as `http://en.kremlin.ru/d/67809`. */
  shortLink: string | undefined;
  /** The page's address: a URL pasted on its own line above the title, or a saved page's canonical link. */
  pageUrl: string | undefined;
  /** The page's topics, as the site lists them under the text. */
  tags: string[];
  /** The page's language, when it says (a saved page's `<html lang>`). */
  lang: string | undefined;
  warnings: ImportNote[];
}
