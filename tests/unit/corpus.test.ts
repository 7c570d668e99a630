import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import { MAX_WORDS, MIN_WORDS } from '../../src/tooling/corpus/transcript';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { parseYaml, readFrontmatter } from '../../src/utils/frontmatter';
import { transcriptSchema } from '../../src/schemas/transcript';
import { plainLines } from '../../src/utils/turn-text';
import { countWords } from '../../src/utils/words';
import { renderTranscript } from '../helpers/render-markdown';

const seedText = readFileSync(SEED_TEXT, 'utf8');
const corpus = [...generateCorpus({ count: 60, seed: 'unit', seedText })];

describe('the generated corpus', () => {
  test('is the same for the same seed, different for another, and a prefix of a larger one', () => {
    const again = [...generateCorpus({ count: 10, seed: 'unit', seedText })];
    expect(again.map((t) => t.markdown)).toEqual(corpus.slice(0, 10).map((t) => t.markdown));
    const other = [...generateCorpus({ count: 10, seed: 'other', seedText })];
    expect(other.map((t) => t.markdown)).not.toEqual(again.map((t) => t.markdown));
  });

  test('mixes sizes from 500 to 40,000 words, small ones most often', () => {
    const words = corpus.map((t) => t.words);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(Math.max(...words)).toBeLessThan(MAX_WORDS * 1.05);
    expect(words.filter((w) => w < 2000).length).toBeGreaterThan(5);
    expect(words.filter((w) => w > 15_000).length).toBeGreaterThan(5);
  });

  test('has 2 to 30 speakers per transcript, each of whom speaks, and people who recur', () => {
    for (const transcript of corpus) {
      expect(transcript.speakers.length).toBeGreaterThanOrEqual(2);
      expect(transcript.speakers.length).toBeLessThanOrEqual(30);
      expect(new Set(transcript.turnSpeakers)).toEqual(new Set(transcript.speakers));
    }
    expect(Math.max(...corpus.map((t) => t.speakers.length))).toBeGreaterThan(15);
    const appearances = new Map<string, number>();
    for (const key of corpus.flatMap((t) => t.speakers)) appearances.set(key, (appearances.get(key) ?? 0) + 1);
    const recurring = [...appearances.values()].filter((n) => n >= 3);
    expect(recurring.length).toBeGreaterThan(5);
    expect(Math.max(...appearances.values())).toBeGreaterThan(corpus.length / 2);
  });

  test('spreads dates over twenty years and gives every file its own slug', () => {
    const years = new Set(corpus.map((t) => Number(t.date.slice(0, 4))));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2006);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(years.size).toBeGreaterThan(12);
    expect(new Set(corpus.map((t) => t.slug)).size).toBe(corpus.length);
    for (const { slug, date } of corpus) expect(slug).toMatch(new RegExp(`^${date}-[a-z0-9]+(?:-[a-z0-9]+)*$`));
  });

  test('keeps one key, name and role per person across transcripts', () => {
    const people = new Map<string, string>();
    for (const transcript of corpus) {
      const data = transcriptSchema.parse(parseYaml('x.md', readFrontmatter('x.md', transcript.markdown)));
      for (const speaker of data.speakers) {
        const described = `${speaker.name} / ${speaker.role}`;
        expect(people.get(speaker.key) ?? described).toBe(described);
        people.set(speaker.key, described);
      }
    }
  });

  test('writes a realistic vocabulary that grows with the archive', () => {
    const vocabulary = (count: number) => new Set(corpus.slice(0, count).flatMap((t) => t.markdown.toLowerCase().match(/\p{L}+/gu) ?? []));
    const seedWords = new Set(seedText.toLowerCase().match(/\p{L}+/gu));
    expect(vocabulary(10).size).toBeGreaterThan(seedWords.size);
    expect(vocabulary(60).size).toBeGreaterThan(vocabulary(10).size * 1.5);
    expect(corpus[0]?.markdown).toMatch(/\b(?:the|we|Russia)\b/);
  });
});

describe.each(corpus.slice(0, 12).map((t) => [t.slug, t] as const))('%s', (_slug, transcript) => {
  test('passes the schema and renders into the turns and words it was written with', async () => {
    const data = transcriptSchema.parse(parseYaml(`${transcript.slug}.md`, readFrontmatter(`${transcript.slug}.md`, transcript.markdown)));
    expect(data.speakers.map((s) => s.key)).toEqual(transcript.speakers);
    const { turns, messages } = await renderTranscript(transcript.markdown);
    expect(messages).toEqual([]);
    expect(turns.map((turn) => turn.speaker)).toEqual(transcript.turnSpeakers);
    expect(turns.reduce((sum, turn) => sum + turn.words, 0)).toBe(transcript.words);
    expect(turns.every((turn) => plainLines(turn.blocks).every((line) => countWords(line) > 0))).toBe(true);
  });
});
