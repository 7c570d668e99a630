import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { CITATION_FORMATS, type CitationFormat, type Citations } from './citation-formats';
import type { CslItem } from './csl-item';
import { alwaysAccessed, bibliographyOnly, type CslNode } from './csl-style-tree';
import { loadStyle } from './csl-styles';
import { risText, type RisRecord } from './ris-text';

/** The locale of the CSL styles' words ("Retrieved", "Accessed") and dates. */
const CSL_LOCALE = 'en-US';
/** Our styles are registered under their own names, so they never shadow citation-js's built-in ones. */
const templateName = (style: string) => `site-${style}`;

/** The formats a CSL style renders (APA, Chicago, MLA), and the style file each one uses. */
type StyledEntry = Extract<(typeof CITATION_FORMATS)[number], { style: string }>;
export type StyledFormat = StyledEntry['id'];
export const STYLED_FORMATS = CITATION_FORMATS.filter((format): format is StyledEntry => 'style' in format);

let ready = false;

/**
 * Registers the CSL styles with citation-js once per process, each as a one-item bibliography
 * needs it (`bibliographyOnly`); citation-js keeps one engine per style.
 */
function prepare(): void {
  if (ready) return;
  const styles = plugins.config.get('@csl')['styles'] as { add(name: string, style: CslNode): void };
  for (const format of STYLED_FORMATS) styles.add(templateName(format.style), bibliographyOnly(alwaysAccessed(loadStyle(format.style))));
  // Keys such as `2022-02-18-russian-belarusian-talks:vladimir-putin-2` are valid BibTeX keys;
  // citation-js would otherwise replace them with "Putin2022News", the same for every turn.
  (plugins.config.get('@bibtex')['format'] as { checkLabel: boolean }).checkLabel = false;
  ready = true;
}

/**
 * The item as the CSL processor should read it. Styles capitalise the start of an archive
 * location ("Box 3"); a URL must stay as it is, so it is marked `nocase` (CSL-JSON's rich text).
 */
function forProcessor(item: CslItem): CslItem {
  return { ...item, archive_location: `<span class="nocase">${item.archive_location}</span>` };
}

/**
 * The item in one CSL style, as plain text. Each style keeps one engine (citation-js caches
 * it per style), which formats one item at a time: in one bibliography, several turns by one
 * speaker on one day would be told apart as "2022a", "2022b", which a citation of one turn
 * must not say. A call costs the processor 1.5–3 ms.
 *
 * `styledText(turnItem(…), 'apa')` → `'Putin, V. (2022, February 18). News conference following
 * Russian-Belarusian talks, turn 4 (http://en.kremlin.ru/events/president/news/67809)
 * [Transcript]. President of Russia. Retrieved December 1, 2026, from https://…/vladimir-putin-2/'`
 */
export function styledText(item: CslItem, format: StyledFormat): string {
  prepare();
  const style = STYLED_FORMATS.find((one) => one.id === format)?.style ?? format;
  return String(plugins.output.format('bibliography', [forProcessor(item)], { template: templateName(style), lang: CSL_LOCALE, format: 'text' })).trim();
}

/**
 * The item in the formats reference managers import: biblatex (`urldate` for the day
 * retrieved, `note` for the source, beside `url`), RIS and CSL-JSON. These are field mappings,
 * well under a millisecond together.
 */
export function referenceFormats(item: CslItem): Pick<Citations, Exclude<CitationFormat, StyledFormat>> {
  prepare();
  return {
    bibtex: String(plugins.output.format('biblatex', [item])).trim(),
    ris: (plugins.output.format('ris', [item], { format: 'object' }) as RisRecord[]).map(risText).join('\n'),
    'csl-json': cslJson(item),
  };
}

/**
 * Every item's citation in every format, each style rendered for the item itself.
 *
 * `renderCitations([turnItem(…)]).get('2022-02-18-russian-belarusian-talks/vladimir-putin-2')?.apa`
 * → the APA text above.
 */
export function renderCitations(items: readonly CslItem[]): Map<string, Citations> {
  return new Map(items.map((item) => [item.id, { apa: styledText(item, 'apa'), chicago: styledText(item, 'chicago'), mla: styledText(item, 'mla'), ...referenceFormats(item) }]));
}

/** The item as a CSL-JSON file (an array of items), indented, with each date on one line. */
function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
}
