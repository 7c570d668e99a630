import { PARAGRAPH_MARK, paragraphGlue } from './paragraph-break';

/** What a cut text does not end in: white space, a comma and the like, or a paragraph mark. */
const TRAILING = new RegExp(`[\\s,;:.–—${PARAGRAPH_MARK}-]+$`, 'u');

/**
 * The opening of a text, cut at a word boundary and marked with an ellipsis when cut, for
 * link previews, speaker pages and the table of contents. White space is folded to one space.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = (lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : flat.slice(0, maxChars)).replace(TRAILING, '');
  return `${kept}…`;
}

/**
 * The opening of a turn, read across its paragraphs, a paragraph that ends mid-sentence marked
 * off from the next (see `paragraphGlue`). Only as much text is read as the opening
 * needs: folding the white space of every word of a long speech to show its first line was the
 * costliest part of building 35,000 turn and speaker pages.
 */
export function turnExcerpt(paragraphs: readonly string[], maxChars: number): string {
  const enough = (text: string) => text.trim().length > maxChars + 1;
  let opening = '';
  for (const paragraph of paragraphs) {
    if (!paragraph.trim()) continue;
    // The start of a long paragraph usually holds the whole opening.
    const head = paragraph.length > 4 * maxChars ? paragraph.slice(0, 4 * maxChars) : paragraph;
    const glue = opening.trim() ? paragraphGlue(opening) : ' ';
    const candidate = fold(`${opening}${glue}${head}`);
    if (enough(candidate)) return excerpt(candidate, maxChars);
    opening = head === paragraph ? candidate : fold(`${opening}${glue}${paragraph}`);
    if (enough(opening)) break;
  }
  return excerpt(opening, maxChars);
}

function fold(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
