import { t, type UiKey } from '../i18n/t';

/**
 * The formats every citation comes in, in the order the page shows them: three CSL styles from
 * the CSL styles repository (`style`, its file name there), then BibTeX, RIS and CSL-JSON for
 * reference managers (CSL-JSON is what Zotero imports from the clipboard).
 */
export const CITATION_FORMATS = [
  { id: 'apa', style: 'apa' },
  { id: 'chicago', style: 'chicago-note-bibliography' },
  { id: 'mla', style: 'modern-language-association' },
  { id: 'bibtex' },
  { id: 'ris' },
  { id: 'csl-json' },
] as const;

export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

/** One item's citation in every format: `{ apa: 'Putin, V. (2022, February 18). …', bibtex: '@audio{…}', … }`. */
export type Citations = Record<CitationFormat, string>;

/** The format's short name, as copy buttons say it: "APA", "BibTeX". */
export function formatName(format: CitationFormat): string {
  return t(`cite.name.${format}` as UiKey);
}

/** The format's full name, as its caption says it: "APA 7th edition". */
export function formatTitle(format: CitationFormat): string {
  return t(`cite.title.${format}` as UiKey);
}
