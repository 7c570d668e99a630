/** One paragraph of the raw text: a non-empty line, and where it is in the file. */
export interface Paragraph {
  /** The file line, counted from 1. */
  line: number;
  /** The line's text with the white space at its ends removed; the inner typography is kept. */
  text: string;
}

/** White space that kremlin.ru prints inside labels and metadata: NBSP, narrow NBSP, thin spaces. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;

/**
 * Splits pasted page text into paragraphs. kremlin.ru prints every paragraph on one line, so
 * each non-empty line is a paragraph whether or not blank lines separate them. A UTF-8 byte
 * order mark and Windows or old Mac line endings are removed first; nothing else is changed,
 * so non-breaking spaces, quotes and dashes inside a paragraph stay as published.
 */
export function splitParagraphs(raw: string): Paragraph[] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  lines.forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed !== '') paragraphs.push({ line: index + 1, text: trimmed });
  });
  return paragraphs;
}

/**
 * Text as it goes into labels and front matter: every kind of space becomes one plain space,
 * so "President of\u00a0Russia" compares equal to "President of Russia".
 */
export function plainText(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
