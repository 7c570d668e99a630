import { accountWords } from './account-words';
import { ImportError } from './import-problem';
import { splitParagraphs } from './normalise-text';
import type { ParsedTranscript } from './parsed-transcript';
import { readSavedPage } from './read-saved-page';
import { readTurns } from './read-turns';
import { stripChrome } from './strip-chrome';

/** How the page reached the editor: its text pasted into a file, or the page saved as HTML. */
export type PageFormat = 'text' | 'html';

/**
 * Reads a kremlin.ru transcript page, pasted as text or saved as HTML, into a transcript, and
 * proves that every word of the page's transcript is in its summary or a turn.
 */
export function parseTranscript(raw: string, format: PageFormat = 'text'): ParsedTranscript {
  let transcript: ParsedTranscript;
  if (format === 'html') {
    transcript = readTurns(readSavedPage(raw));
  } else {
    const paragraphs = splitParagraphs(raw);
    if (paragraphs.length === 0) throw new ImportError(1, 'the file is empty: paste the text of a kremlin.ru transcript page into it');
    transcript = readTurns(stripChrome(paragraphs));
  }
  accountWords(transcript);
  return transcript;
}

/** A file's format: by its name where that says, or else by whether it starts as HTML does. */
export function formatOf(fileName: string, raw: string): PageFormat {
  if (/\.html?$/iu.test(fileName)) return 'html';
  if (/\.txt$/iu.test(fileName)) return 'text';
  return /^\uFEFF?\s*<(?:!doctype|html)\b/iu.test(raw) ? 'html' : 'text';
}
