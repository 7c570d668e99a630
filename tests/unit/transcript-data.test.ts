import { describe, expect, test } from 'vitest';
import { transcriptJsonSchema, TRANSCRIPT_JSON_VERSION } from '../../src/schemas/transcript-json';
import { transcriptJson } from '../../src/utils/transcript-json';
import { transcriptText } from '../../src/utils/transcript-text';
import { plainLines } from '../../src/utils/turn-text';
import { loadSeed, SEED_SLUG } from '../helpers/seed';

const SITE = 'https://transcripts.example.org';
const seed = await loadSeed();
const json = transcriptJson(seed.slug, seed.data, seed.turns, SITE);

describe('the JSON export', () => {
  test('matches its schema, with the schema version', () => {
    expect(transcriptJsonSchema.parse(json)).toEqual(json);
    expect(json.schemaVersion).toBe(TRANSCRIPT_JSON_VERSION);
  });

  test('carries the metadata, with the date as a day', () => {
    expect(json).toMatchObject({
      slug: SEED_SLUG,
      url: `${SITE}/transcripts/${SEED_SLUG}/`,
      title: 'News conference following Russian-Belarusian talks',
      date: '2022-02-18',
      place: 'The Kremlin, Moscow',
      source: 'http://en.kremlin.ru/events/president/news/67809',
      lang: 'en',
    });
    expect(json).not.toHaveProperty('shortLink');
  });

  test('lists the speakers with their turns and words, which add up to the transcript’s', () => {
    expect(json.speakers.map((speaker) => [speaker.key, speaker.turns])).toEqual([
      ['vladimir-putin', 3],
      ['alexander-lukashenko', 3],
      ['andrei-kolesnikov', 1],
      ['alyona-syrova', 1],
    ]);
    expect(json.speakers[0]?.url).toBe(`${SITE}/speakers/vladimir-putin/`);
    expect(json.speakers.reduce((sum, speaker) => sum + speaker.words, 0)).toBe(json.words);
    expect(json.turns.reduce((sum, turn) => sum + turn.words, 0)).toBe(json.words);
  });

  test('gives every turn its anchor, speaker, blocks, word count and both links', () => {
    expect(json.turns).toHaveLength(8);
    expect(json.turns[3]).toEqual({
      anchor: 'vladimir-putin-2',
      position: 4,
      speaker: 'vladimir-putin',
      countForSpeaker: 2,
      blocks: seed.turns[3]?.blocks.map((block) => ({ type: 'paragraph', text: block.type === 'paragraph' ? block.text : '' })),
      words: seed.turns[3]?.words,
      url: `${SITE}/transcripts/${SEED_SLUG}/vladimir-putin-2/`,
      contextUrl: `${SITE}/transcripts/${SEED_SLUG}/#vladimir-putin-2`,
    });
    expect(json.turns[3]?.blocks[0]).toEqual({ type: 'paragraph', text: 'Let me go first, if you do not mind.' });
  });

  test('the schema refuses a wrong version, a stray field and a malformed date', () => {
    expect(transcriptJsonSchema.safeParse({ ...json, schemaVersion: 1 }).success).toBe(false);
    expect(transcriptJsonSchema.safeParse({ ...json, extra: true }).success).toBe(false);
    expect(transcriptJsonSchema.safeParse({ ...json, date: '18 February 2022' }).success).toBe(false);
  });
});

describe('the plain-text export', () => {
  const text = transcriptText(seed.data, seed.turns, `${SITE}/transcripts/${SEED_SLUG}/`);

  test('starts with the title, the date and place, the summary, the source and the Russian original', () => {
    expect(text.split('\n').slice(0, 9)).toEqual([
      'News conference following Russian-Belarusian talks',
      '18 February 2022, The Kremlin, Moscow',
      '',
      seed.data.summary,
      '',
      'Source: http://en.kremlin.ru/events/president/news/67809',
      'Russian original: http://kremlin.ru/events/president/news/67809',
      "The English text is the Kremlin's translation.",
      `Online: ${SITE}/transcripts/${SEED_SLUG}/`,
    ]);
  });

  test('writes each turn as "Speaker: text", further paragraphs on their own lines', () => {
    // The published text keeps its non-breaking spaces; they are not what this test is about.
    expect(text.replace(/\u00a0/g, ' ')).toContain('\n\nVladimir Putin: Mr President, colleagues, ladies and gentlemen,\n\nFirst of all, I would like to express my gratitude');
    expect(text).toContain('\n\nAlyona Syrova: STV Channel.\n\n');
    expect(text.match(/^(Vladimir Putin|Alexander Lukashenko|Andrei Kolesnikov|Alyona Syrova): /gm)).toHaveLength(8);
    expect(text.endsWith('.\n')).toBe(true);
  });

  test('holds every paragraph of every turn', () => {
    for (const paragraph of seed.turns.flatMap((turn) => plainLines(turn.blocks))) expect(text).toContain(paragraph);
  });
});
