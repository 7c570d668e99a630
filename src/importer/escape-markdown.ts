/**
 * Escapes one paragraph of published text so that Markdown (CommonMark, as the site renders
 * it: no GFM, no smartypants) shows exactly that text. Only what Markdown would read as syntax
 * is escaped, so the file stays readable and a typical paragraph comes out unchanged:
 *
 * - anywhere: `\` (escapes), `` ` `` (code), `*` and `_` (emphasis), `<` (HTML, autolinks),
 *   `&` before an entity name (`&amp;`), `](` (inline links and images);
 * - at the start: `#` headings, `>` quotes, `-` and `+` list items and `---` rules, `1.` and
 *   `1)` ordered items, `~~~` code fences, and `[` (a link definition).
 *
 * A paragraph is one line, so nothing here can continue another block (setext headings,
 * lazy continuation lines) and leading indentation has already been trimmed.
 *
 * ```txt
 * 1. *Note* [see](here) <b>
 * ```
 *
 * becomes `1\. \*Note\* [see\](here) \<b>`.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_<]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/\](?=\()/g, '\\]');
  return inline
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=[ \t]|$)/, '\\$1')
    .replace(/^-(?=(?:[ \t]*-){2,}[ \t]*$)/, '\\-')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
    .replace(/^~~~/, '\\~~~')
    .replace(/^\[/, '\\[');
}
