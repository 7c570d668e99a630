/**
 * The spoken paragraphs of a raw transcript (the Kremlin text in `../shared/sources/`, or a
 * transcript Markdown file), without page chrome, headings or speaker labels: the material the
 * corpus generator learns its vocabulary and phrasing from.
 *
 * ```txt
 * Official website of the President of Russia        → dropped (too short to be speech)
 * Vladimir Putin: Let me go first, if you do not mind. → "Let me go first, if you do not mind."
 * ```
 */
export function spokenParagraphs(raw: string): string[] {
  const body = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => withoutLabel(paragraph.replace(/\s+/g, ' ').trim()))
    .filter((paragraph) => !paragraph.startsWith('#') && isSpeech(paragraph));
}

/** Chrome, titles and datelines are short and do not end a sentence; speech does. */
function isSpeech(paragraph: string): boolean {
  return paragraph.split(' ').length >= 6 && /[.?!:;…”"]$/.test(paragraph);
}

/**
 * A label is a run of capitalised words (and the small words of a title, such as "of the")
 * before a colon: "President of the Republic of Belarus Alexander Lukashenko:". A sentence with
 * a colon ("Let me repeat what I just said: …") has lower-case words before it and stays whole.
 */
function withoutLabel(paragraph: string): string {
  const match = /^([^:]{2,120}):\s+(.*)$/.exec(paragraph);
  if (!match) return paragraph;
  const words = (match[1] ?? '').split(' ');
  const isLabel = words.length <= 12 && words.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|for|on|in|de|von)$/.test(word));
  return isLabel ? (match[2] ?? '') : paragraph;
}
