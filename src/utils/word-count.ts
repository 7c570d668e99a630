/**
 * Counts words the way a reader would: runs of text separated by white space (non-breaking
 * spaces included) that hold at least one letter or digit, so a lone dash is not a word.
 */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
