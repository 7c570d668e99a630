import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtPage } from '../helpers/built-site';
import { SEED_SLUG } from '../helpers/seed';

// Built without SITE_URL: absolute addresses name the placeholder origin, which the browser
// replaces on copy (tests/browser/citations.test.ts).
const SITE = 'https://transcripts.example.org';
const TRANSCRIPT_URL = `${SITE}/transcripts/${SEED_SLUG}/`;
const SOURCE = 'http://en.kremlin.ru/events/president/news/67809';
const TITLE = 'News conference following Russian-Belarusian talks';

/** The text of each format on a page's "Cite" section, by format id. */
function citationsOn(page: Root): Record<string, string> {
  const section = select('section#cite', page) as Element;
  return Object.fromEntries(selectAll('pre.cite-text', section).map((pre) => [String(pre.properties['id']).replace(/^cite-/, ''), toText(pre)]));
}

/** The day the build says it retrieved the text, read from its CSL-JSON (`accessed`). */
function retrievedOf(cslJson: string): Date {
  const [item] = JSON.parse(cslJson) as { accessed: { 'date-parts': [[number, number, number]] } }[];
  const [year, month, day] = item?.accessed['date-parts'][0] ?? [0, 0, 0];
  return new Date(Date.UTC(year, month - 1, day));
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const usDate = (day: Date) => day.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const mlaDate = (day: Date) => `${day.getUTCDate()} ${MLA_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('tests/fixtures/csl/csl-data.json', 'utf8')) as object);

const cases = [
  {
    name: 'a turn’s own page',
    path: `/transcripts/${SEED_SLUG}/vladimir-putin-2/`,
    heading: 'Cite this turn',
    url: `${TRANSCRIPT_URL}vladimir-putin-2/`,
    title: `${TITLE}, turn 4`,
    speaker: { apa: 'Putin, V.', chicago: 'Putin, Vladimir.', mla: 'Putin, Vladimir.', bibtex: 'Putin, Vladimir', ris: 'Putin, Vladimir' },
    key: `${SEED_SLUG}:vladimir-putin-2`,
  },
  {
    name: 'the transcript’s citation page',
    path: `/transcripts/${SEED_SLUG}/cite/`,
    heading: 'Cite this transcript',
    url: TRANSCRIPT_URL,
    title: TITLE,
    speaker: undefined,
    key: SEED_SLUG,
  },
];

describe.each(cases)('citations on $name', ({ path, heading, url, title, speaker, key }) => {
  const page = builtPage(path);
  const citations = citationsOn(page);
  const retrieved = retrievedOf(citations['csl-json'] ?? '');

  test('come in every format, under the section’s heading, with the text in the HTML', () => {
    expect(Object.keys(citations)).toEqual(['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json']);
    expect(toText(select('#cite-heading', page) as Element)).toBe(heading);
    expect(selectAll('section#cite figcaption', page).map((caption) => toText(caption))).toEqual([
      'APA 7th edition',
      'Chicago 17th edition (notes and bibliography)',
      'MLA 9th edition',
      'BibTeX (biblatex fields)',
      'RIS (EndNote, Mendeley, Zotero)',
      'CSL-JSON (Zotero: Import from Clipboard)',
    ]);
  });

  // The day the page was rendered: today on a fresh build, the day of its last rendering when
  // an incremental build copied it, never later than today nor before the site had citations.
  test('say they were retrieved on the day their page was built', () => {
    expect(retrieved.getTime()).toBeLessThanOrEqual(Date.now());
    expect(retrieved.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 11, 1));
  });

  test('APA 7, Chicago 17 and MLA 9 each name the speaker, the title and turn, the permalink, the source and the day retrieved', () => {
    expect(citations['apa']).toBe(
      `${speaker ? `${speaker.apa} (2022, February 18). ${title}` : `${title} (${SOURCE}). (2022, February 18).`}${speaker ? ` (${SOURCE})` : ''} [Transcript]. President of Russia. Retrieved ${usDate(retrieved)}, from ${url}`,
    );
    const titleCase = title.replace(/\b(conference|following|talks|turn)\b/g, (word) => word[0]?.toUpperCase() + word.slice(1)).replace(/^news/, 'News');
    expect(citations['chicago']).toBe(
      `${speaker ? `${speaker.chicago} ` : ''}“${titleCase}.” Transcript, The Kremlin, Moscow, February 18, 2022. ${SOURCE}. President of Russia. Accessed ${usDate(retrieved)}. ${url}.`,
    );
    expect(citations['mla']).toBe(`${speaker ? `${speaker.mla} ` : ''}${titleCase}. ${url}. 18 Feb. 2022, The Kremlin, Moscow, President of Russia, ${SOURCE}. Accessed ${mlaDate(retrieved)}.`);
  });

  test('BibTeX parses as one entry with the speaker, title and turn, permalink, source and day retrieved', () => {
    const bibtex = citations['bibtex'] ?? '';
    expect(bibtex.startsWith(`@audio{${key},\n`)).toBe(true);
    const [entry, ...more] = plugins.input.chain(bibtex, { forceType: '@biblatex/text' });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ title, URL: url, note: `Published by President of Russia at ${SOURCE}`, accessed: { 'date-parts': [[retrieved.getUTCFullYear(), retrieved.getUTCMonth() + 1, retrieved.getUTCDate()]] } });
    expect(entry?.['author']).toEqual(speaker ? [{ given: 'Vladimir', family: 'Putin' }] : undefined);
    expect(bibtex).toContain(`urldate = {${isoDay(retrieved)}}`);
  });

  test('RIS has a TY … ER record with the speaker, title, permalink, dates and source, no value broken over lines', () => {
    const lines = (citations['ris'] ?? '').split('\n');
    expect(lines[0]).toBe('TY  - SOUND');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const tags = Object.fromEntries(lines.map((line) => [line.slice(0, 2), line.slice(6)]));
    expect(tags).toMatchObject({ TI: title, UR: url, DA: '2022/2/18/', N1: `Published by President of Russia at ${SOURCE}`, Y2: `${retrieved.getUTCFullYear()}/${retrieved.getUTCMonth() + 1}/${retrieved.getUTCDate()}/` });
    expect(tags['AU']).toBe(speaker?.ris);
  });

  test('CSL-JSON parses, validates against the CSL-JSON schema and carries every field', () => {
    const items = JSON.parse(citations['csl-json'] ?? '') as unknown;
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toEqual([
      {
        id: key.replace(':', '/'),
        'citation-key': key,
        type: 'speech',
        title,
        genre: 'Transcript',
        issued: { 'date-parts': [[2022, 2, 18]] },
        'event-date': { 'date-parts': [[2022, 2, 18]] },
        'event-place': 'The Kremlin, Moscow',
        URL: url,
        accessed: { 'date-parts': [[retrieved.getUTCFullYear(), retrieved.getUTCMonth() + 1, retrieved.getUTCDate()]] },
        archive: 'President of Russia',
        archive_location: SOURCE,
        note: `Published by President of Russia at ${SOURCE}`,
        ...(speaker && { author: [{ given: 'Vladimir', family: 'Putin' }] }),
      },
    ]);
  });

  test('each format has a copy control named for the format and whose citation it is', () => {
    const whose = speaker ? 'Vladimir Putin’s turn 2' : 'this transcript';
    expect(selectAll('section#cite citation-copy', page).map((copy) => [copy.properties['dataFor'], copy.properties['dataLabel']])).toEqual(
      ['APA', 'Chicago', 'MLA', 'BibTeX', 'RIS', 'CSL-JSON'].map((name, index) => [`cite-${Object.keys(citations)[index]}`, `Copy ${name} citation of ${whose}`]),
    );
  });
});

test('every turn page cites its own turn, by its number in the transcript', () => {
  for (const [anchor, position, speaker] of [['vladimir-putin-1', 1, 'Putin, V.'], ['alexander-lukashenko-2', 5, 'Lukashenko, A.'], ['alyona-syrova-1', 6, 'Syrova, A.']] as const) {
    const apa = citationsOn(builtPage(`/transcripts/${SEED_SLUG}/${anchor}/`))['apa'];
    expect(apa).toContain(`${speaker} (2022, February 18). ${TITLE}, turn ${position} (${SOURCE})`);
    expect(apa).toContain(`from ${TRANSCRIPT_URL}${anchor}/`);
  }
});

describe('the transcript page’s citations', () => {
  const page = builtPage(`/transcripts/${SEED_SLUG}/`);
  const citePage = builtPage(`/transcripts/${SEED_SLUG}/cite/`);

  test('are the three styles of its citation page, word for word, each with its copy control', () => {
    const shown = citationsOn(page);
    const every = citationsOn(citePage);
    expect(Object.keys(shown)).toEqual(['apa', 'chicago', 'mla']);
    for (const [format, text] of Object.entries(shown)) expect(text).toBe(every[format]);
    expect(selectAll('section#cite citation-copy', page).map((copy) => copy.properties['dataLabel'])).toEqual(['APA', 'Chicago', 'MLA'].map((name) => `Copy ${name} citation of this transcript`));
  });

  test('link to the citation page for BibTeX, RIS and CSL-JSON, which the page itself does not carry', () => {
    const link = select('section#cite .cite-more a', page) as Element;
    expect(link.properties['href']).toBe(`/transcripts/${SEED_SLUG}/cite/`);
    expect(toText(link)).toMatch(/BibTeX, RIS and CSL-JSON/);
    expect(toText(page)).not.toContain('@audio{');
    expect(toText(page)).not.toContain('TY  - SOUND');
  });

  test('the citation page names the transcript, leads back to it, and stays out of the search index', () => {
    expect(toText(select('h1', citePage) as Element)).toBe(TITLE);
    expect(selectAll('.breadcrumbs a', citePage).map((link) => link.properties['href'])).toEqual(['/', `/transcripts/${SEED_SLUG}/`]);
    expect(select('article.cite-page', citePage)?.properties['dataPagefindIgnore']).toBe('all');
  });
});
