import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtPage } from '../helpers/built-site';
import { SEED_SLUG } from '../helpers/seed';

const TRANSCRIPT = `/transcripts/${SEED_SLUG}/`;
const transcript = builtPage(TRANSCRIPT);
const turnsBy = (speaker: string) => selectAll(`section.turn[data-speaker="${speaker}"]`, transcript).map((turn) => String(turn.properties['id']));
/** By family name: Kolesnikov, Lukashenko, Putin, Syrova. */
const SPEAKERS = ['andrei-kolesnikov', 'alexander-lukashenko', 'vladimir-putin', 'alyona-syrova'];

describe('/speakers/', () => {
  const page = builtPage('/speakers/');
  const rows = selectAll('tbody tr', page);

  test('lists every speaker across the transcripts, by family name, each linking to their page', () => {
    expect(rows.map((row) => row.properties['dataSpeaker'])).toEqual(SPEAKERS);
    for (const row of rows) expect(select('th a', row)?.properties['href']).toBe(`/speakers/${String(row.properties['dataSpeaker'])}/`);
  });

  test('gives each speaker’s role, transcripts, turns and words', () => {
    const cells = rows.map((row) => selectAll('th .role, td', row).map((cell) => toText(cell)));
    expect(cells[1]).toEqual(['President of the Republic of Belarus', '1', '3', expect.stringMatching(/^\d{1,3},\d{3}$/)]);
    expect(cells[3]).toEqual(['STV Channel', '1', '1', expect.stringMatching(/^\d+$/)]);
    expect(cells.map((row) => row[2])).toEqual(SPEAKERS.map((key) => String(turnsBy(key).length)));
  });

  test('labels word counts as lengths of the published English text', () => {
    expect(toText(select('main', page) as Element)).toContain('Word counts are of the published English text. They measure length, not importance.');
  });
});

describe.each(SPEAKERS)('/speakers/%s/', (key) => {
  const page = builtPage(`/speakers/${key}/`);
  const items = selectAll('li.speaker-turn', page);

  test('lists exactly that speaker’s turns, in order, each linking to the turn in context and to its page', () => {
    const anchors = turnsBy(key);
    expect(items.map((item) => item.properties['dataTurn'])).toEqual(anchors.map((anchor) => `${SEED_SLUG}#${anchor}`));
    items.forEach((item, index) => {
      const links = selectAll('a', item).map((link) => link.properties['href']);
      expect(links).toEqual([`${TRANSCRIPT}#${anchors[index]}`, `${TRANSCRIPT}${anchors[index]}/`]);
    });
  });

  test('shows the first lines of each turn, under the transcript’s title and date', () => {
    for (const item of items) {
      const anchor = String(item.properties['dataTurn']).split('#')[1];
      // The excerpt marks a paragraph that follows a mid-sentence end with " ¶ "; the turn's text has none.
      const opening = toText(select('.excerpt', item) as Element).replace(/…$/, '').replaceAll(' ¶ ', ' ');
      const turnText = toText(select(`#${anchor} .turn-body`, transcript) as Element, { whitespace: 'normal' }).replace(/\s+/gu, ' ');
      expect(turnText.startsWith(opening.split(' ').slice(0, -1).join(' '))).toBe(true);
    }
    const heading = toText(select('.transcript-group h3', page) as Element);
    expect(heading).toContain('News conference following Russian-Belarusian talks');
    expect(heading).toContain('18 February 2022');
  });

  test('names the speaker, links to the search filtered to them, and is kept out of the index', () => {
    const name = toText(select(`section.turn[data-speaker="${key}"] .turn-speaker-name`, transcript) as Element);
    expect(toText(select('h1', page) as Element)).toBe(name);
    expect(select(`a[href="/search/?speaker=${key}"]`, page)).toBeTruthy();
    expect(select('main > div', page)?.properties['dataPagefindIgnore']).toBe('all');
  });

  test('needs no pager when the turns fit on one page', () => {
    expect(select('.pager', page)).toBeUndefined();
  });
});
