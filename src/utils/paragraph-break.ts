/**
 * Where paragraphs are read as one line (a search excerpt, a turn's opening in the contents),
 * a paragraph that ends mid-sentence must not run into the next: "ladies and gentlemen," then
 * "First of all" reads "gentlemen, ¶ First of all". A paragraph that closes its sentence needs
 * no mark. It imports nothing, so browser code may import it too.
 */
export const PARAGRAPH_MARK = '¶';

/** Ends a sentence: a full stop, question or exclamation mark, ellipsis, maybe inside quotes or brackets. */
const CLOSED = /[.!?…][\p{Pf}\p{Pe}"']*$/u;

/** What goes between `before` and the paragraph after it: a space, or the mark between spaces. */
export function paragraphGlue(before: string): string {
  const end = before.trimEnd();
  return end === '' || CLOSED.test(end) ? ' ' : ` ${PARAGRAPH_MARK} `;
}

/** Paragraphs as one line, blank ones left out: `['gentlemen,', 'First of all']` → `'gentlemen, ¶ First of all'`. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  let line = '';
  for (const paragraph of paragraphs) {
    if (!paragraph.trim()) continue;
    line = line ? `${line}${paragraphGlue(line)}${paragraph}` : paragraph;
  }
  return line;
}
