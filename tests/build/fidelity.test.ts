import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { builtPage } from '../helpers/built-site';

/**
 * The raw text as the Kremlin published it, and the eight speaker labels that start its
 * turns, written out by hand from the page: the test's own ground truth, independent of the
 * site's code.
 */
const RAW = readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'sources', 'kremlin-2022-02-18-news-conference.txt'), 'utf8');
const LABELS: [label: string, speaker: string][] = [
  ['President of Russia Vladimir Putin:', 'vladimir-putin'],
  ['President of the Republic of Belarus Alexander Lukashenko:', 'alexander-lukashenko'],
  ['Kommersant newspaper correspondent Andrei Kolesnikov:', 'andrei-kolesnikov'],
  ['Vladimir Putin:', 'vladimir-putin'],
  ['Alexander Lukashenko:', 'alexander-lukashenko'],
  ['Alyona Syrova:', 'alyona-syrova'],
  ['Vladimir Putin:', 'vladimir-putin'],
  ['Alexander Lukashenko:', 'alexander-lukashenko'],
];
const DATELINE = 'February 18, 2022, The Kremlin, Moscow';

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** Splits the raw page into the words of each turn, the labels themselves left out. */
function rawTurns(): string[][] {
  const paragraphs = RAW.replace(/\u00a0/g, ' ').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const end = paragraphs.lastIndexOf(DATELINE);
  const turns: string[][] = [];
  let next = 0;
  for (const paragraph of paragraphs.slice(0, end)) {
    const expected = LABELS[next];
    if (expected && paragraph.startsWith(expected[0])) {
      turns.push(words(paragraph.slice(expected[0].length)));
      next++;
    } else if (turns.length > 0) {
      turns.at(-1)?.push(...words(paragraph));
    }
  }
  expect(next, 'every label was found in the raw text').toBe(LABELS.length);
  return turns;
}

const page = builtPage('/transcripts/2022-02-18-russian-belarusian-talks/');
const turnElements = selectAll('section.turn', page);

describe('the built transcript page keeps every word of the raw source', () => {
  test('there are exactly 8 turns, in the published order of speakers', () => {
    expect(turnElements.map((turn) => turn.properties['dataSpeaker'])).toEqual(LABELS.map(([, speaker]) => speaker));
  });

  test.each(rawTurns().map((turnWords, index) => [index + 1, turnWords] as const))(
    'turn %i holds its raw words, in order and contiguous, and nothing else',
    (position, turnWords) => {
      const turn = turnElements[position - 1] as Element;
      const body = select('.turn-body', turn) as Element;
      expect(words(toText(body, { whitespace: 'normal' }))).toEqual(turnWords);
    },
  );

  test('the speaker heading of each turn shows the speaker’s name', () => {
    const names: Record<string, string> = {
      'vladimir-putin': 'Vladimir Putin',
      'alexander-lukashenko': 'Alexander Lukashenko',
      'andrei-kolesnikov': 'Andrei Kolesnikov',
      'alyona-syrova': 'Alyona Syrova',
    };
    for (const turn of turnElements) {
      const heading = select('h2 .turn-speaker-name', turn);
      expect(heading && toText(heading)).toBe(names[String(turn.properties['dataSpeaker'])]);
    }
  });

  test('the page chrome and the closing dateline are not in any turn', () => {
    const text = turnElements.map((turn) => toText(turn)).join('\n');
    for (const chrome of ['View settings', 'Font size:', 'Site colours:', 'Official website of the President of Russia', 'News /', DATELINE]) {
      expect(text).not.toContain(chrome);
    }
  });
});
