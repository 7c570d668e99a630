import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { turnItem, type CitedTranscript } from '../../src/citations/csl-item';
import { STYLED_FORMATS, styledText } from '../../src/citations/render-citations';
import { turnStyles } from '../../src/citations/turn-styles';
import { readTurns } from '../../src/plugins/read-turns';
import { generateCorpus } from '../../src/tooling/corpus/corpus';
import { SEED_TEXT } from '../../src/tooling/corpus/write-corpus';
import { parseTranscript, readTranscriptFile, type TranscriptFile } from '../../src/utils/transcript-file';

const SITE = 'https://transcripts.example.org';
const REAL = join(import.meta.dirname, '..', '..', 'content', 'transcripts', '2022-02-18-russian-belarusian-talks.md');

/** Every turn of the file as the turn page cites it: the templated text and the full render. */
async function bothWays(slug: string, file: TranscriptFile, retrieved: string) {
  const { turns } = await readTurns(file);
  const transcript: CitedTranscript = { slug, title: file.data.title, date: file.data.date, place: file.data.place, source: file.data.source, url: `${SITE}/transcripts/${slug}/` };
  return turns.map((turn) => {
    const cited = { anchor: turn.anchor, speaker: file.data.speakers.find((one) => one.key === turn.speaker)?.name ?? turn.speaker, position: turn.position, url: `${SITE}/transcripts/${slug}/${turn.anchor}/` };
    const item = turnItem(transcript, cited, retrieved);
    return { templated: turnStyles(transcript, cited, retrieved), full: Object.fromEntries(STYLED_FORMATS.map(({ id }) => [id, styledText(item, id)])) };
  });
}

describe('a turn’s APA, Chicago and MLA text, from one template per transcript', () => {
  test('is the full render’s text for every turn of the real transcript', async () => {
    const cases = await bothWays('2022-02-18-russian-belarusian-talks', readTranscriptFile(REAL), '2026-12-02');
    expect(cases.length).toBeGreaterThan(5);
    for (const { templated, full } of cases) expect(templated).toEqual(full);
    expect(cases[1]?.templated.apa).toMatch(/^Lukashenko, A\. \(2022, February 18\)\. News conference following Russian-Belarusian talks, turn 2 /);
  });

  test('is the full render’s text for every turn of a generated archive, whatever the speakers’ names', async () => {
    const corpus = [...generateCorpus({ count: 12, seed: 'turn-styles', seedText: readFileSync(SEED_TEXT, 'utf8'), maxWords: 3000 })];
    let turns = 0;
    const speakers = new Set<string>();
    for (const transcript of corpus) {
      const file = parseTranscript(`${transcript.slug}.md`, transcript.markdown);
      const cases = await bothWays(transcript.slug, file, '2026-01-31');
      for (const { templated, full } of cases) expect(templated).toEqual(full);
      turns += cases.length;
      for (const speaker of file.data.speakers) speakers.add(speaker.name);
    }
    expect(turns).toBeGreaterThan(60);
    expect(speakers.size).toBeGreaterThan(20);
  });

  test.each([
    ['Xi Jinping'],
    ['Ursula von der Leyen'],
    ['Mohammed bin Salman Al Saud'],
    ['Martin Luther King Jr.'],
    ['Jean-Claude Juncker'],
    ['Moderator'],
    ['Q.'],
  ])('is the full render’s text for a speaker named %s', (speaker) => {
    const transcript: CitedTranscript = { slug: 's', title: 'Press statements following talks', date: new Date('2019-06-05'), place: 'The Kremlin, Moscow', source: 'http://en.kremlin.ru/events/president/news/60672', url: `${SITE}/transcripts/s/` };
    const cited = { anchor: 'a-3', speaker, position: 3, url: `${SITE}/transcripts/s/a-3/` };
    const full = Object.fromEntries(STYLED_FORMATS.map(({ id }) => [id, styledText(turnItem(transcript, cited, '2026-12-02'), id)]));
    expect(turnStyles(transcript, cited, '2026-12-02')).toEqual(full);
  });
});
