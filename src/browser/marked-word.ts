/** Punctuation around a marked word: `sanctions;` → `['', 'sanctions', ';']`, `“Minsk` → `['“', 'Minsk', '']`. */
export function markedWord(text: string): [before: string, word: string, after: string] {
  const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
  return word ? [before, word, after] : ['', text, ''];
}

/**
 * Moves the punctuation around a highlight out of it, so the `<mark>` holds the word alone:
 * Pagefind marks the whole run between spaces (`<mark>sanctions;</mark>`).
 */
export function trimMark(mark: HTMLElement): void {
  const text = mark.textContent ?? '';
  const [before, word, after] = markedWord(text);
  if (word === text) return;
  mark.textContent = word;
  if (before) mark.before(before);
  if (after) mark.after(after);
}
