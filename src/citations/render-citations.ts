import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { CITATION_FORMATS, type Citations } from './citation-formats';
import type { CslItem } from './csl-item';
import { alwaysAccessed, type CslNode } from './csl-style-tree';
import { loadStyle } from './csl-styles';
import { risText, type RisRecord } from './ris-text';

/** The locale of the CSL styles' words ("Retrieved", "Accessed") and dates. */
const CSL_LOCALE = 'en-US';
/** Our styles are registered under their own names, so they never shadow citation-js's built-in ones. */
const templateName = (style: string) => `site-${style}`;

let ready = false;

/** Registers the CSL styles with citation-js once per process; citation-js keeps one engine per style. */
function prepare(): void {
  if (ready) return;
  const styles = plugins.config.get('@csl')['styles'] as { add(name: string, style: CslNode): void };
  for (const format of CITATION_FORMATS) if ('style' in format) styles.add(templateName(format.style), alwaysAccessed(loadStyle(format.style)));
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
 * Every item's citation in every format. Each CSL style keeps one engine (citation-js caches
 * it per style), which formats one item at a time: in one bibliography, several turns by one
 * speaker on one day would be told apart as "2022a", "2022b", which a citation of one turn
 * must not say.
 *
 * `renderCitations([turnItem(…)]).get('2022-02-18-russian-belarusian-talks/vladimir-putin-2')?.apa`
 * → `'Putin, V. (2022, February 18). News conference following Russian-Belarusian talks, turn 4
 * (http://en.kremlin.ru/events/president/news/67809) [Transcript]. President of Russia.
 * Retrieved December 1, 2026, from https://…/vladimir-putin-2/'`
 */
export function renderCitations(items: readonly CslItem[]): Map<string, Citations> {
  prepare();
  return new Map(items.map((item) => [item.id, citationsOf(item)]));
}

function citationsOf(item: CslItem): Citations {
  const styled = forProcessor(item);
  const style = (name: string) => String(plugins.output.format('bibliography', [styled], { template: templateName(name), lang: CSL_LOCALE, format: 'text' })).trim();
  return {
    apa: style('apa'),
    chicago: style('chicago-note-bibliography'),
    mla: style('modern-language-association'),
    // biblatex's fields: `urldate` for the day retrieved and `note` for the source, beside `url`.
    bibtex: String(plugins.output.format('biblatex', [item])).trim(),
    ris: (plugins.output.format('ris', [item], { format: 'object' }) as RisRecord[]).map(risText).join('\n'),
    'csl-json': cslJson(item),
  };
}

/** The item as a CSL-JSON file (an array of items), indented, with each date on one line. */
function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
}
