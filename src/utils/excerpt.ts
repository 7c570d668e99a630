/**
 * The opening of a text, cut at a word boundary and marked with an ellipsis when cut, for
 * link previews, speaker pages and the table of contents. White space is folded to one space.
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = (lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : flat.slice(0, maxChars)).replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}

/** The opening of a turn, read across its paragraphs. */
export function turnExcerpt(paragraphs: readonly string[], maxChars: number): string {
  return excerpt(paragraphs.join(' '), maxChars);
}
