import { describe, expect, test } from 'vitest';
import { buildSpeakerIndex, type IndexedTranscript } from '../../src/utils/speaker-index';
import { EXCERPT_CHARS, turnOutline } from '../../src/utils/turn-outline';
import { feedTurnLookup, SPEAKER_FEED_TURNS } from '../../src/utils/speaker-feed';
import { speakerStats } from '../../src/utils/speaker-stats';
import { loadSeed, loadTranscript } from '../helpers/seed';

const seed = await loadSeed();
const later = await loadTranscript(
  '2023-01-10-later-talks',
  `---
title: Later talks
date: 2023-01-10
place: Minsk
source: https://example.org/later
summary: Talks again.
speakers:
  - key: alexander-lukashenko
    name: Alexander Lukashenko
    role: President of Belarus
  - key: vladimir-putin
    name: Vladimir Putin
    role: President of Russia
  - key: dmitry-peskov
    name: Dmitry Peskov
    role: Press Secretary
---

## alexander-lukashenko

Welcome to Minsk.

## vladimir-putin

Thank you, thank you very much.

## alexander-lukashenko

Shall we begin?
`,
);
const earlier = await loadTranscript(
  '2021-06-01-earlier',
  `---
title: Earlier meeting
date: 2021-06-01
place: Sochi
source: https://example.org/earlier
summary: A meeting.
speakers:
  - key: vladimir-putin
    name: Vladimir Putin
    role: President of Russia
---

## vladimir-putin

Good afternoon.
`,
);
const asIndexed = (transcript: typeof seed): IndexedTranscript => ({ slug: transcript.slug, ...transcript.data, turns: transcript.turns.map(turnOutline) });
// Given newest first, as the site lists transcripts, to show the index puts them in date order.
const index = buildSpeakerIndex([later, seed, earlier].map(asIndexed));
const byKey = new Map(index.map((entry) => [entry.key, entry]));

describe('the speaker index across transcripts', () => {
  test('has every speaker who speaks, sorted by family name; a silent declared speaker is left out', () => {
    expect(index.map((entry) => entry.key)).toEqual(['andrei-kolesnikov', 'alexander-lukashenko', 'vladimir-putin', 'alyona-syrova']);
  });

  test('lists each speaker’s turns in date order, then in order within a transcript', () => {
    const putin = byKey.get('vladimir-putin');
    expect(putin?.turns.map((turn) => `${turn.slug}#${turn.anchor}`)).toEqual([
      '2021-06-01-earlier#vladimir-putin-1',
      '2022-02-18-russian-belarusian-talks#vladimir-putin-1',
      '2022-02-18-russian-belarusian-talks#vladimir-putin-2',
      '2022-02-18-russian-belarusian-talks#vladimir-putin-3',
      '2023-01-10-later-talks#vladimir-putin-1',
    ]);
    expect(putin?.transcripts).toBe(3);
  });

  test('counts turns and words per speaker, matching the per-transcript figures', () => {
    for (const entry of index) {
      const perTranscript = [seed, later, earlier].flatMap((transcript) => speakerStats(transcript.data.speakers, transcript.turns)).filter((stats) => stats.key === entry.key);
      expect(entry.turns).toHaveLength(perTranscript.reduce((sum, stats) => sum + stats.turns, 0));
      expect(entry.words).toBe(perTranscript.reduce((sum, stats) => sum + stats.words, 0));
    }
    expect(byKey.get('alexander-lukashenko')?.turns).toHaveLength(5);
  });

  test('names and roles come from the most recent transcript; earlier roles are kept', () => {
    const lukashenko = byKey.get('alexander-lukashenko');
    expect(lukashenko?.role).toBe('President of Belarus');
    expect(lukashenko?.otherRoles).toEqual(['President of the Republic of Belarus']);
    expect(byKey.get('vladimir-putin')?.otherRoles).toEqual([]);
  });

  test('each turn carries its transcript’s title and date, its position and the opening of its text', () => {
    const turn = byKey.get('vladimir-putin')?.turns[2];
    expect(turn).toMatchObject({
      slug: '2022-02-18-russian-belarusian-talks',
      title: 'News conference following Russian-Belarusian talks',
      anchor: 'vladimir-putin-2',
      position: 4,
      turnsInTranscript: 8,
    });
    expect(turn?.date.toISOString()).toBe('2022-02-18T00:00:00.000Z');
    expect(turn?.excerpt.startsWith('Let me go first, if you do not mind. I just did not pay attention to it.')).toBe(true);
    expect(turn?.excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    expect(turn?.excerpt.endsWith('…')).toBe(true);
  });
});

test('a turn by an undeclared speaker is an error naming the transcript', () => {
  const broken = { ...asIndexed(earlier), speakers: [] };
  expect(() => buildSpeakerIndex([broken])).toThrow('2021-06-01-earlier: turn vladimir-putin-1 is by "vladimir-putin", who is not declared');
});

test('the feeds’ turns are read with each transcript’s turns read once, however many feeds list them', () => {
  const transcripts = new Map([seed, later, earlier].map((transcript) => [transcript.slug, transcript]));
  const reads: string[] = [];
  const lookup = feedTurnLookup(index, (slug) => {
    reads.push(slug);
    return transcripts.get(slug)?.turns ?? [];
  });
  expect(reads.toSorted()).toEqual([...transcripts.keys()].toSorted());
  for (const entry of index) {
    for (const listed of entry.turns.slice(-SPEAKER_FEED_TURNS)) {
      expect(lookup(listed.slug, listed.position)).toBe(transcripts.get(listed.slug)?.turns[listed.position - 1]);
    }
  }
  expect(lookup('2021-06-01-earlier', 2)).toBeUndefined();
});
