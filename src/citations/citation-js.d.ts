/**
 * The parts of citation-js (https://citation.js.org/) this site uses; the packages ship no
 * types. Importing `@citation-js/plugin-csl`, `-bibtex` and `-ris` registers their output
 * formats, which `plugins.output.format(name, items, options)` applies to CSL-JSON items:
 * `bibliography` (a CSL style, by `template`), `biblatex`/`bibtex` and `ris`.
 */
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(name: string): Record<string, unknown> };
    output: { format(name: string, data: readonly object[], options?: Record<string, unknown>): unknown };
    /** Reads any input format citation-js knows (BibTeX, RIS, CSL-JSON…) as CSL-JSON items. */
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** "Vladimir Putin" → `{ given: 'Vladimir', family: 'Putin' }`. */
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string; suffix?: string };
}
