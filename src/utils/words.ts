/**
 * The one definition of a word, shared by the build (word counts, search passages) and the
 * browser (search excerpts). It imports nothing, so browser code may import it too.
 *
 * A word is a run of text between white space (non-breaking spaces included), as readers and
 * Pagefind alike split text: Pagefind counts a match's location in these runs. Runs without a
 * letter or digit, such as a lone dash, are not counted as words.
 */

/**
 * The text's runs between white space, in order: `'We – will'` → `['We', '–', 'will']`. Text
 * that starts or ends with white space has an empty run there, as Pagefind counts them.
 */
export function tokensOf(text: string): string[] {
  return text.split(/\s+/u);
}

/** Whether a run is a word a reader would count: it holds a letter or a digit. */
export function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

/** How many words the text holds: `'We – will hold out.'` → 3. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of tokensOf(text)) if (isWord(token)) count++;
  return count;
}
